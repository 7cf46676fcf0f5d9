import type { HelpTopic } from "./types";

export const duLieu: HelpTopic = {
  purpose: "Các sổ sách khác của đơn vị dùng cho báo cáo: cán bộ, công chức; văn bản; nhiệm vụ trong Kế hoạch CCHC; tiếp công dân, khiếu nại, tố cáo; tài chính công; thông tin, tuyên truyền.",
  steps: [
    "Chọn thẻ của phần báo cáo, rồi chọn sổ (nếu thẻ có nhiều sổ).",
    "Bấm “Thêm …” để ghi một dòng mới; bấm “Sửa” hoặc “Xóa” ở cuối dòng.",
    "Số gõ kiểu Việt Nam 1.234,5 (hoặc 1234.5); ngày gõ ngày/tháng/năm, ví dụ 09/10/2025.",
    "Sổ có nút “Nhập từ Excel” thì nhập được cả danh sách từ tệp.",
    "Tìm trong sổ bằng ô tìm kiếm (Ctrl+F hoặc /), in sổ bằng “In danh sách” (Ctrl+P).",
  ],
  statuses: [
    { label: "–", meaning: "Chưa có giá trị (hoặc chưa rõ)." },
    { label: "Có / Không", meaning: "Câu trả lời có – không của cột đó." },
  ],
  problems: [
    { problem: "Không lưu được, ô bị tô đỏ.", fix: "Đọc dòng chữ đỏ dưới ô: thường là thiếu ô bắt buộc, ngày sai dạng, hoặc số vượt giới hạn." },
    { problem: "Xóa nhầm một dòng.", fix: "Xem giá trị cũ ở Nhật ký thay đổi rồi thêm lại." },
  ],
};
