import type { HelpTopic } from "./types";

export const deCuong: HelpTopic = {
  purpose:
    "Báo cáo theo đề cương của tỉnh phục vụ Đoàn kiểm tra cải cách hành chính: số liệu điền tự động, nội dung từng phòng ban viết, tài liệu minh chứng cho từng mục; xuất Word và in danh mục minh chứng.",
  steps: [
    "Chọn đề cương và kỳ báo cáo; bấm “Thông tin buổi kiểm tra…” để ghi thời gian, địa điểm, đoàn kiểm tra.",
    "Chọn từng mục bên trái, viết nội dung, gắn văn bản minh chứng.",
    "Xem “Tiến độ theo phòng ban” để biết phần nào còn thiếu.",
    "Bấm “Xuất báo cáo (Word)”, “Danh mục minh chứng (Word)” hoặc “In danh mục minh chứng”.",
  ],
  statuses: [
    { label: "SL, ND, MC", meaning: "Ba dấu của mỗi mục: số liệu, nội dung, minh chứng." },
    { label: "Xanh", meaning: "Phần đó đã đủ." },
    { label: "Đỏ", meaning: "Phần đó còn thiếu." },
    { label: "Không có dấu", meaning: "Mục không cần phần đó." },
  ],
  problems: [
    { problem: "Thiếu văn bản để gắn minh chứng.", fix: "Thêm văn bản ở Dữ liệu khác → Văn bản, rồi quay lại gắn vào mục." },
    { problem: "Phòng ban chưa viết phần của mình.", fix: "Vào mục Phòng ban để tạo gói, gửi cho phòng và nhận lại." },
  ],
};
