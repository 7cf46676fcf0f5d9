import type { HelpTopic } from "./types";

export const baoCao: HelpTopic = {
  purpose: "Phụ lục 3 – số liệu thống kê kết quả cải cách hành chính theo kỳ (quý, 6 tháng, năm): số tự tính từ hồ sơ và sổ sách, số nhập tay, số ước đạt; xuất Excel hoặc điền vào mẫu của tỉnh.",
  steps: [
    "Chọn kỳ báo cáo (mặc định là kỳ sắp đến hạn).",
    "Đọc phần kiểm tra ở trên bảng: bấm vào từng lỗi để đến đúng chỉ tiêu.",
    "Bấm vào ô số liệu để nhập số còn thiếu, ghi đè số tự tính (phải ghi lý do) hoặc xem lịch sử thay đổi. Số gõ kiểu Việt Nam: 1.234,5.",
    "Bấm “Xuất Excel (Phụ lục 3)” hoặc “Điền vào mẫu của tỉnh…”; tệp xuất ra nằm ở Hộp thư đi chờ gửi.",
  ],
  statuses: [
    { label: "Tự động", meaning: "Số tính từ hồ sơ và sổ sách đã nhập." },
    { label: "Nhập tay", meaning: "Số do cán bộ nhập." },
    { label: "Ghi đè", meaning: "Số tự tính đã được thay bằng số nhập tay, có lý do." },
    { label: "Chưa có", meaning: "Chỉ tiêu chưa có số; cần nhập trước khi gửi." },
    { label: "Ước", meaning: "Số ước đạt đến hết kỳ." },
    { label: "Lỗi / Lưu ý", meaning: "Lỗi phải sửa trước khi gửi; lưu ý nên xem lại." },
  ],
  problems: [
    { problem: "Báo “Chưa đọc được số”.", fix: "Gõ số như 1.234 hoặc 97,5: dấu chấm ngăn hàng nghìn, dấu phẩy trước phần thập phân." },
    { problem: "Số tự tính sai.", fix: "Kiểm tra lại hồ sơ, sổ sách ở Hồ sơ TTHC và Dữ liệu khác; chỉ ghi đè khi chắc chắn, kèm lý do." },
    { problem: "Nhập nhầm số.", fix: "Mở lại ô đó, sửa số, hoặc bấm “Xóa số nhập tay” (“Bỏ ghi đè”) để trở về số tự tính." },
  ],
};
