import type { RegisterKey } from "../../../core/records/registers/keys";

export interface RegisterGroup {
  /** In the hash: #/du-lieu/can-bo. */
  slug: string;
  label: string;
  /** The registers of the tab; with more than one, each gets a button above the list (#/du-lieu/can-bo/bien-che). */
  registers: readonly { key: RegisterKey; slug: string; label: string }[];
}

/** The tabs of Dữ liệu khác, in the order of the report's sections. */
export const REGISTER_GROUPS: readonly RegisterGroup[] = [
  {
    slug: "ke-hoach",
    label: "Kế hoạch CCHC",
    registers: [
      { key: "plan_tasks", slug: "nhiem-vu", label: "Nhiệm vụ trong Kế hoạch CCHC" },
      { key: "assigned_tasks", slug: "tinh-giao", label: "Nhiệm vụ tỉnh, thành phố giao" },
    ],
  },
  {
    slug: "can-bo",
    label: "Cán bộ, công chức",
    registers: [
      { key: "staff", slug: "danh-sach", label: "Danh sách" },
      { key: "staff_statuses", slug: "qua-trinh", label: "Quá trình công tác" },
      { key: "quotas", slug: "bien-che", label: "Chỉ tiêu biên chế" },
      { key: "discipline", slug: "ky-luat", label: "Kỷ luật" },
    ],
  },
  { slug: "tiep-cong-dan", label: "Tiếp công dân", registers: [{ key: "receptions", slug: "so", label: "Sổ tiếp công dân" }] },
  { slug: "khieu-nai", label: "Khiếu nại, tố cáo", registers: [{ key: "complaints", slug: "don", label: "Đơn khiếu nại, tố cáo" }] },
  { slug: "van-ban", label: "Văn bản", registers: [{ key: "documents", slug: "so", label: "Sổ văn bản" }] },
  { slug: "kiem-tra", label: "Kiểm tra CCHC", registers: [{ key: "inspections", slug: "cuoc", label: "Cuộc kiểm tra" }] },
  { slug: "tuyen-truyen", label: "Tuyên truyền", registers: [{ key: "communication", slug: "hoat-dong", label: "Hoạt động tuyên truyền" }] },
  { slug: "vbqppl", label: "VBQPPL", registers: [{ key: "legal_reviews", slug: "kiem-tra-ra-soat", label: "Kiểm tra, rà soát" }] },
  { slug: "tai-chinh", label: "Tài chính công", registers: [{ key: "finance", slug: "so-lieu", label: "Số liệu tài chính" }] },
];
