import type { HelpTopic } from "./types";

export const nhatKy: HelpTopic = {
  purpose: "Mọi thay đổi hồ sơ, sổ sách, số liệu, nội dung báo cáo và cài đặt: ai sửa, lúc nào, sửa gì (giá trị cũ → mới). Nhật ký được giữ cùng dữ liệu khi sao lưu và khôi phục.",
  steps: [
    "Lọc theo loại dữ liệu, người thực hiện, việc, khoảng ngày.",
    "Gõ vào ô tìm (Ctrl+F hoặc /) rồi nhấn Enter để tìm theo tên, số hiệu – gõ không dấu được.",
    "Bấm “In danh sách” (Ctrl+P) để in các thay đổi đang lọc.",
  ],
  statuses: [
    { label: "Thêm (xanh lá)", meaning: "Một bản ghi mới." },
    { label: "Sửa (xanh dương)", meaning: "Giá trị cũ → giá trị mới." },
    { label: "Xóa (đỏ)", meaning: "Bản ghi đã xóa; giá trị cũ gạch ngang." },
    { label: "Nhập tệp, Hoàn tác, Xuất, Khôi phục", meaning: "Các lần nhập Excel, hoàn tác, xuất tệp, khôi phục bản sao lưu." },
  ],
  problems: [
    { problem: "Không thấy thay đổi cần tìm.", fix: "Bỏ bớt bộ lọc (nhất là khoảng ngày) rồi tìm lại." },
    { problem: "Cần lấy lại giá trị đã xóa.", fix: "Đọc giá trị cũ ở đây rồi nhập lại ở màn hình tương ứng." },
  ],
};
