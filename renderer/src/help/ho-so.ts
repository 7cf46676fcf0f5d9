import type { HelpTopic } from "./types";

export const hoSo: HelpTopic = {
  purpose: "Hồ sơ thủ tục hành chính (TTHC) xuất từ Hệ thống một cửa: nhập từ tệp Excel, tra cứu, thống kê theo kỳ; kèm Danh mục TTHC, Phản ánh, kiến nghị và Mức độ hài lòng.",
  steps: [
    "Thẻ “Nhập từ Excel”: chọn tệp xuất từ Hệ thống một cửa, kiểm tra cột, chọn nghĩa cho các giá trị chưa nhận ra, rồi nhập.",
    "Thẻ “Danh sách hồ sơ”: tìm theo mã hồ sơ, người nộp, thủ tục (gõ không dấu cũng được – Ctrl+F hoặc /), lọc theo lĩnh vực, kênh, trạng thái, ngày tiếp nhận, quá hạn (đã trả kết quả quá hạn, hoặc đang giải quyết đã quá hạn tính đến hôm nay).",
    "Bấm “In danh sách” (Ctrl+P) để in đúng các hồ sơ đang lọc.",
    "Thẻ “Số liệu”: xem số hồ sơ tiếp nhận, đúng hạn, quá hạn, trực tuyến của kỳ; bấm vào một số để xem các hồ sơ tạo nên số đó.",
    "Thẻ “Lịch sử nhập”: xem các lần nhập; nhập nhầm tệp thì bấm “Hoàn tác”.",
  ],
  statuses: [
    { label: "Đã có kết quả", meaning: "Hồ sơ đã giải quyết xong." },
    { label: "Đang giải quyết", meaning: "Hồ sơ chưa có kết quả." },
    { label: "Từ chối / Rút hồ sơ", meaning: "Hồ sơ không giải quyết tiếp." },
    { label: "Quá hạn (đỏ)", meaning: "Hồ sơ đã có kết quả nhưng trả sau hạn trả." },
    { label: "Đang giải quyết đã quá hạn", meaning: "Chưa có kết quả mà đã qua ngày hẹn trả: cần đôn đốc, gửi văn bản xin lỗi và hẹn lại." },
  ],
  problems: [
    { problem: "Nhập tệp báo “Không nhận loại tệp này”.", fix: "Hãy xuất lại từ Hệ thống một cửa ra tệp Excel (.xlsx hoặc .xls) rồi nhập lại." },
    { problem: "Nhập nhầm tệp hoặc nhập hai lần.", fix: "Vào thẻ “Lịch sử nhập”, bấm “Hoàn tác” ở lần nhập đó. Hồ sơ trùng mã được cập nhật, không bị nhân đôi." },
    { problem: "Tìm không ra hồ sơ.", fix: "Bấm “Bỏ lọc” để bỏ các điều kiện lọc, rồi tìm lại bằng một phần mã hồ sơ hoặc tên người nộp." },
    { problem: "Danh sách quá dài để in.", fix: "Bản in có giới hạn; lọc theo ngày tiếp nhận hoặc lĩnh vực rồi in từng phần." },
  ],
};
