import type { HelpTopic } from "./types";

export const phongBan: HelpTopic = {
  purpose: "Giao từng phòng ban phần việc của báo cáo bằng tệp gói (.cchc) hoặc mẫu Excel, theo dõi ai đã gửi, ai còn thiếu, và gộp phần gửi lại vào báo cáo chung.",
  steps: [
    "Thẻ “Theo dõi, tổng hợp”: chọn đề cương và kỳ báo cáo.",
    "Ở dòng của mỗi phòng, bấm “Tạo gói” (hoặc “Mẫu Excel” cho phòng chưa cài ứng dụng), gửi tệp qua USB, Zalo hoặc thư điện tử; “Đặt hạn…” để ghi hạn gửi lại.",
    "Khi phòng gửi lại, bấm “Nhận gói phòng ban gửi lại…”, xem từng thay đổi rồi nhận vào báo cáo.",
    "Bấm “In danh sách” (Ctrl+P) để in bảng theo dõi các phòng ban.",
    "Ở máy của phòng ban: thẻ “Điền phần được giao” → “Mở gói được giao…”, điền rồi bấm “Kiểm tra và lưu tệp trả lời”.",
  ],
  statuses: [
    { label: "Chưa gửi", meaning: "Chưa tạo gói cho phòng này." },
    { label: "Đã gửi", meaning: "Đã tạo gói, chờ phòng gửi lại." },
    { label: "Đã nhận", meaning: "Đã nhận lại đủ phần việc." },
    { label: "Cần bổ sung", meaning: "Đã nhận lại nhưng còn thiếu; xem mục “Còn thiếu”." },
    { label: "Quá hạn", meaning: "Đã qua hạn gửi mà chưa nhận lại." },
  ],
  problems: [
    { problem: "Không nhận được gói.", fix: "Kiểm tra đúng tệp .cchc hoặc .xlsx phòng ban gửi lại, cho đúng đề cương và kỳ đang chọn." },
    { problem: "Phòng sửa nhầm.", fix: "Khi nhận gói, bỏ chọn thay đổi sai trước khi nhận; có thể tạo gói mới gửi lại phòng đó." },
  ],
};
