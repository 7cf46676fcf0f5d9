import type { HelpTopic } from "./types";

export const hopThuDi: HelpTopic = {
  purpose: "Mọi tệp xuất ra để gửi (Phụ lục 3, báo cáo, biểu mẫu của tỉnh, danh mục minh chứng, gói phòng ban) được giữ ở đây kèm mã kiểm tra cho tới khi gửi xong.",
  steps: [
    "Khi có mạng, mở thư mục hộp thư đi, gửi tệp lên hệ thống hoặc qua thư điện tử, Zalo.",
    "Bấm “Đã gửi…” ở dòng của tệp, ghi gửi qua đâu, lúc nào.",
    "Cần tệp lần nữa thì bấm “Lưu bản sao…”.",
    "Bấm “In danh sách” (Ctrl+P) để in danh sách tệp đã gửi, chờ gửi.",
  ],
  statuses: [
    { label: "Chờ gửi (cam)", meaning: "Tệp chưa được đánh dấu đã gửi." },
    { label: "Đã gửi (xanh)", meaning: "Đã gửi; kèm nơi gửi, lúc gửi, người gửi." },
    { label: "Tệp trên đĩa: đỏ", meaning: "Tệp đã bị sửa hoặc xóa khỏi thư mục sau khi xuất; hãy xuất lại từ màn hình đã tạo ra nó." },
  ],
  problems: [
    { problem: "Không bấm được “Lưu bản sao…”.", fix: "Tệp trên đĩa không còn nguyên vẹn; xuất lại tệp từ Báo cáo, Đề cương hoặc Phòng ban." },
    { problem: "Đánh dấu đã gửi nhầm.", fix: "Ghi chú lại ở lần đánh dấu sau; mọi thay đổi đều có trong Nhật ký thay đổi." },
  ],
};
