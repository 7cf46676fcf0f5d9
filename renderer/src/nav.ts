export type SectionKey = "tong-quan" | "ho-so" | "bao-cao" | "de-cuong" | "phong-ban" | "du-lieu" | "hop-thu-di" | "nhat-ky" | "cai-dat";

export interface Section {
  key: SectionKey;
  label: string;
  /** What the section will hold, for the pages not built yet. */
  description: string;
}

export const SECTIONS: readonly Section[] = [
  {
    key: "tong-quan",
    label: "Tổng quan",
    description: "Thông tin đơn vị, các kỳ báo cáo sắp tới và số liệu đã nhập.",
  },
  {
    key: "ho-so",
    label: "Hồ sơ TTHC",
    description:
      "Nhập danh sách hồ sơ thủ tục hành chính xuất từ Hệ thống một cửa (tệp Excel), tra cứu hồ sơ và thống kê theo kỳ: tiếp nhận, đã giải quyết đúng hạn, quá hạn, đang giải quyết, tỷ lệ hồ sơ trực tuyến.",
  },
  {
    key: "bao-cao",
    label: "Báo cáo",
    description: "Lập báo cáo cải cách hành chính định kỳ (quý, 6 tháng, năm) và Phụ lục 3 số liệu thống kê theo kỳ của tỉnh, có số liệu ước đạt; xuất ra tệp Word và Excel.",
  },
  {
    key: "de-cuong",
    label: "Đề cương kiểm tra",
    description: "Chuẩn bị đề cương báo cáo phục vụ Đoàn kiểm tra cải cách hành chính: phân công phần việc cho từng phòng ban, điền số liệu tự động, danh mục tài liệu minh chứng và in ấn.",
  },
  {
    key: "phong-ban",
    label: "Phòng ban",
    description: "Gửi cho từng phòng ban tệp gồm các phần việc cần điền, nhận lại tệp đã điền (qua USB, Zalo hoặc thư điện tử) và gộp vào báo cáo chung.",
  },
  {
    key: "du-lieu",
    label: "Dữ liệu khác",
    description: "Sổ sách khác của đơn vị: cán bộ, công chức; văn bản; nhiệm vụ trong Kế hoạch CCHC; phản ánh, kiến nghị; tiếp công dân, khiếu nại, tố cáo; tài chính công; thông tin, tuyên truyền.",
  },
  {
    key: "hop-thu-di",
    label: "Hộp thư đi",
    description: "Các tệp chờ gửi lên hệ thống khi có mạng (Excel, Word, gói phòng ban), kèm mã kiểm tra và ghi nhận đã gửi ngày nào, do ai gửi, qua đâu.",
  },
  {
    key: "nhat-ky",
    label: "Nhật ký thay đổi",
    description: "Mọi thay đổi dữ liệu: ai sửa, lúc nào, sửa gì (giá trị cũ → mới); lọc theo loại dữ liệu, người, việc, ngày.",
  },
  {
    key: "cai-dat",
    label: "Cài đặt",
    description: "Thông tin đơn vị, bộ lịch báo cáo của tỉnh, phòng ban và người ký.",
  },
];

export const DEFAULT_SECTION: SectionKey = "tong-quan";

export const hrefOf = (key: SectionKey): string => `#/${key}`;

export const sectionOf = (key: SectionKey): Section => SECTIONS.find((s) => s.key === key) ?? SECTIONS[0]!;
