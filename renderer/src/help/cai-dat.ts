import type { HelpTopic } from "./types";

export const caiDat: HelpTopic = {
  purpose: "Thông tin đơn vị, quy định báo cáo của tỉnh, phòng ban và người ký văn bản; sao lưu, chuyển sang máy mới và mật khẩu bảo vệ dữ liệu.",
  steps: [
    "Nhập tên đơn vị, tỉnh, quy định báo cáo; danh sách phòng ban và người ký; bấm “Lưu thay đổi”.",
    "Sao lưu: ứng dụng tự sao lưu; bấm “Sao lưu ngay” trước khi làm việc lớn, chép bản sao ra USB định kỳ.",
    "Đổi máy: bấm “Xuất toàn bộ dữ liệu…” ở máy cũ, “Nhận dữ liệu từ máy cũ…” ở máy mới.",
    "Mật khẩu: “Đặt mật khẩu” để khóa dữ liệu khi mở ứng dụng.",
  ],
  statuses: [{ label: "Chữ đỏ dưới ô", meaning: "Ô đó còn thiếu hoặc sai; sửa rồi lưu lại." }],
  problems: [
    { problem: "Dữ liệu bị hỏng hoặc sửa nhầm nhiều.", fix: "Khôi phục từ một bản sao lưu trong danh sách; dữ liệu trước khi khôi phục được giữ thành một bản sao lưu, phòng khi chọn nhầm." },
    { problem: "Quên mật khẩu.", fix: "Không ai mở lại được dữ liệu đã khóa; hãy ghi mật khẩu ra giấy, cất nơi an toàn ngay khi đặt." },
  ],
};
