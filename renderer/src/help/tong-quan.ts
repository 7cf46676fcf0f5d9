import type { HelpTopic } from "./types";

export const tongQuan: HelpTopic = {
  purpose: "Màn hình đầu tiên khi mở ứng dụng: việc cần xử lý ngay, các kỳ báo cáo sắp đến hạn và còn thiếu gì, số liệu chính từ đầu năm so với cùng kỳ năm trước.",
  steps: [
    "Đọc khung “Cần xử lý”: mỗi dòng nói việc gì đang chậm và nên làm gì; bấm nút bên phải để mở đúng danh sách hoặc sổ.",
    "Ở “Kỳ báo cáo sắp tới”, xem hạn gửi, tình trạng và cột “Còn thiếu”; bấm nút ở cột “Việc cần làm” để sang Báo cáo đúng kỳ đó (nhập số liệu, xuất Phụ lục 3) hoặc sang Hộp thư đi để gửi.",
    "Khi sắp có Đoàn kiểm tra, khung “Chuẩn bị kiểm tra” liệt kê phòng chưa gửi lại phần việc và mục chưa có minh chứng.",
    "Xem “Số liệu chính từ đầu năm” và các biểu đồ; bấm “Xem bảng số liệu” dưới biểu đồ để đọc từng con số.",
    "Bấm vào mục ở menu bên trái (hoặc Alt+1 … Alt+9) để làm việc tiếp.",
  ],
  statuses: [
    { label: "Số liệu thiếu", meaning: "Còn chỉ tiêu nhập tay chưa có số hoặc còn lỗi kiểm tra; cột “Còn thiếu” nêu cụ thể." },
    { label: "Số liệu đủ", meaning: "Phụ lục 3 của kỳ đã đủ số, không còn lỗi; có thể xuất." },
    { label: "Đã xuất", meaning: "Tệp Phụ lục 3 của kỳ đang chờ gửi trong Hộp thư đi." },
    { label: "Đã gửi", meaning: "Tệp của kỳ đã được đánh dấu đã gửi." },
    { label: "còn … ngày (đỏ khi còn 7 ngày trở xuống)", meaning: "Số ngày đến hạn gửi báo cáo." },
    { label: "Số liệu so cùng kỳ: xanh / đỏ", meaning: "Xanh là tốt hơn năm trước, đỏ là kém hơn; tỷ lệ không có hồ sơ để tính ghi “–”." },
  ],
  problems: [
    { problem: "Hiện “Chưa thiết lập đơn vị”.", fix: "Vào Cài đặt, nhập tên xã (phường), tỉnh và quy định báo cáo của tỉnh rồi bấm “Lưu thay đổi”." },
    { problem: "Số liệu chính để trống hoặc bằng 0.", fix: "Chưa nhập dữ liệu của năm nay: nhập hồ sơ ở mục Hồ sơ TTHC, sổ sách ở mục Dữ liệu khác." },
    { problem: "Đã xuất Phụ lục 3 mà vẫn “Số liệu thiếu”.", fix: "Tệp xuất khi còn lỗi là bản nháp; nhập đủ số liệu ở Báo cáo rồi xuất lại." },
  ],
};
