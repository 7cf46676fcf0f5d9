import type { HelpTopic } from "./types";

export const tongQuan: HelpTopic = {
  purpose: "Màn hình đầu tiên khi mở ứng dụng: thông tin đơn vị, quy định báo cáo của tỉnh, các kỳ báo cáo sắp đến hạn và số liệu đã nhập.",
  steps: [
    "Xem các kỳ báo cáo sắp đến hạn và số ngày còn lại.",
    "Xem nhanh số hồ sơ, cán bộ, văn bản, nhiệm vụ đã nhập.",
    "Bấm vào mục ở menu bên trái (hoặc Alt+1 … Alt+9) để làm việc tiếp.",
  ],
  statuses: [
    { label: "còn … ngày", meaning: "Kỳ báo cáo chưa đến hạn nộp." },
    { label: "hôm nay", meaning: "Hôm nay là hạn nộp báo cáo." },
    { label: "quá hạn … ngày", meaning: "Đã qua hạn nộp; cần hoàn thành và gửi ngay." },
  ],
  problems: [
    { problem: "Hiện “Chưa thiết lập đơn vị”.", fix: "Vào Cài đặt, nhập tên xã (phường), tỉnh và quy định báo cáo của tỉnh rồi bấm “Lưu thay đổi”." },
    { problem: "Số liệu đã nhập bằng 0.", fix: "Chưa nhập dữ liệu: nhập hồ sơ ở mục Hồ sơ TTHC, sổ sách ở mục Dữ liệu khác." },
  ],
};
