/** What the outbox shows, in words a clerk reads; no Node imports, so the screen uses it too. */
export const OUTBOX_KINDS = {
  phu_luc_3: "Phụ lục 3",
  bao_cao: "Báo cáo (Word)",
  de_cuong: "Báo cáo theo đề cương (Word)",
  minh_chung: "Danh mục minh chứng",
  ho_so_minh_chung: "Hồ sơ minh chứng (tệp nén)",
  bieu_mau_tinh: "Biểu mẫu của tỉnh đã điền",
  goi_phong_ban: "Gói, mẫu gửi phòng ban",
} as const;
export type OutboxKind = keyof typeof OUTBOX_KINDS;

export const OUTBOX_STATES = { cho_gui: "Chờ gửi", da_gui: "Đã gửi" } as const;

export const SENT_VIA = { he_thong: "Hệ thống báo cáo", email: "Thư điện tử", usb: "USB", zalo: "Zalo", khac: "Cách khác" } as const;
export type SentVia = keyof typeof SENT_VIA;

export const FILE_STATES = {
  nguyen_ven: "Nguyên vẹn",
  da_thay_doi: "Đã bị sửa sau khi xuất",
  khong_con: "Không còn tệp",
} as const;
export type FileState = keyof typeof FILE_STATES;
