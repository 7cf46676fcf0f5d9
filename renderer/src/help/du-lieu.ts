import type { HelpTopic } from "./types";

export const duLieu: HelpTopic = {
  purpose: "Các sổ sách khác của đơn vị dùng cho báo cáo: cán bộ, công chức; văn bản; nhiệm vụ trong Kế hoạch CCHC; tiếp công dân, khiếu nại, tố cáo; tài chính công; thông tin, tuyên truyền.",
  steps: [
    "Chọn thẻ của phần báo cáo, rồi chọn sổ (nếu thẻ có nhiều sổ).",
    "Bấm “Thêm …” để ghi một dòng mới; bấm “Sửa” hoặc “Xóa” ở cuối dòng.",
    "Số gõ kiểu Việt Nam 1.234,5 (hoặc 1234.5); ngày gõ ngày/tháng/năm, ví dụ 09/10/2025.",
    "Sổ có nút “Nhập từ Excel” thì nhập được cả danh sách từ tệp.",
    "Tìm trong sổ bằng ô tìm kiếm (Ctrl+F hoặc /), in sổ bằng “In danh sách” (Ctrl+P).",
    "Sổ văn bản: cột “Tệp” (kẹp giấy) cho biết văn bản đã có bao nhiêu tệp đính kèm. Bấm vào đó để xem tệp, “Thêm tệp” (chọn nhiều tệp, hoặc kéo thả vào khung), “Mở” hoặc “Gỡ” tệp. Văn bản mới: lưu trước rồi mới đính kèm.",
    "Nhận tệp PDF, Word, Excel, OpenDocument, ảnh JPEG, PNG, ảnh quét TIFF; mỗi tệp tối đa 64 MB. Tệp giống hệt đã có trong văn bản thì không thêm lần nữa.",
    "Có sẵn cả thư mục bản scan đặt tên theo số văn bản (“25-KH-UBND.pdf”, “25_KH-UBND_2025.pdf”): bấm “Đính kèm theo thư mục”, chọn các tệp hoặc cả thư mục, xem bảng ghép tệp với văn bản, chọn văn bản cho tệp khớp nhiều văn bản, rồi bấm “Đính kèm … tệp”.",
  ],
  statuses: [
    { label: "–", meaning: "Chưa có giá trị (hoặc chưa rõ)." },
    { label: "Có / Không", meaning: "Câu trả lời có – không của cột đó." },
  ],
  problems: [
    { problem: "Không lưu được, ô bị tô đỏ.", fix: "Đọc dòng chữ đỏ dưới ô: thường là thiếu ô bắt buộc, ngày sai dạng, hoặc số vượt giới hạn." },
    { problem: "Xóa nhầm một dòng.", fix: "Xem giá trị cũ ở Nhật ký thay đổi rồi thêm lại." },
    { problem: "Tệp bị từ chối “không phải tệp PDF thật”.", fix: "Tệp bị đổi đuôi (ví dụ chương trình đổi tên thành .pdf) hoặc bị hỏng. Mở tệp gốc, lưu hoặc quét lại đúng dạng rồi thêm lại." },
    {
      problem: "Tệp trong thư mục “Không khớp văn bản nào”.",
      fix: "Tên tệp không chứa số, ký hiệu của văn bản nào trong sổ. Đổi tên tệp theo số văn bản rồi chọn lại, hoặc đính kèm tệp đó ở cột “Tệp” của văn bản.",
    },
  ],
};
