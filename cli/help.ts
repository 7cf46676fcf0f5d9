export const HELP = `cchc – quản lý hồ sơ và báo cáo cải cách hành chính cấp xã (dòng lệnh)

Cách dùng: cchc <lệnh> [tùy chọn]

Lệnh:
  init     Tạo (hoặc cập nhật) tệp dữ liệu và thông tin đơn vị
             cchc init --db F --unit "Xã Cẩm Giang" --province hai-phong
               [--kind xa|phuong|dac-khu] [--province-name "Thành phố Hải Phòng"]
               [--signer "Họ tên" --signer-title "Chủ tịch"] [--deputy "Họ tên" --deputy-title "Phó Chủ tịch"]
             (Chủ tịch ký TM. Ủy ban nhân dân, Phó Chủ tịch ký KT. Chủ tịch; chạy lại
             không có --signer thì giữ nguyên người ký; văn bản ghi "UBND xã/phường/đặc khu"
             theo --kind và "Ủy ban nhân dân tỉnh/thành phố" theo --province-name hoặc hồ sơ tỉnh)
           Tỉnh chưa có hồ sơ: nêu quy định theo lời văn bản của tỉnh thay cho --province
             cchc init --db F --unit "Xã Minh Châu" --province-name "Hà Nội" --cut-off-day 15 --due-day 18
               [--estimate-day 20] [--from-january] [--recipient "Sở Nội vụ thành phố Hà Nội"]
             (số liệu tính đến ngày --cut-off-day của tháng cuối kỳ, ước đạt đến ngày --estimate-day,
             gửi trước ngày --due-day; Quý I, 6 tháng, Năm cộng dồn từ tháng 12 năm trước, hoặc từ
             01/01 với --from-january; ngày từ 1 đến 30. Lưu thành tệp ho-so-tinh/<mã>.json cạnh
             tệp dữ liệu, gửi tệp này cho các xã khác trong tỉnh)
  demo     Điền dữ liệu mẫu của một xã (cố định theo --seed và --until)
             cchc demo --db F [--seed N] [--dossiers N] [--until YYYY-MM-DD]
  import   Nhập danh sách hồ sơ TTHC xuất từ hệ thống một cửa (.xlsx, .csv)
             cchc import tthc TỆP --db F [--dry-run] [--rejected-out LOI.xlsx]
           Nhập sổ theo dõi đang giữ bằng Excel (.xlsx, .csv): can-bo (danh sách
           cán bộ, công chức), tiep-cong-dan, don-thu, ke-hoach (cần --year),
           nhiem-vu-giao (nhiệm vụ tỉnh giao), van-ban (sổ văn bản đi)
             cchc import can-bo TỆP --db F [--dry-run] [--json]
             cchc import ke-hoach TỆP --year 2025 --db F [--dry-run] [--json]
             cchc import undo MÃ_LẦN_NHẬP --db F   (hồ sơ TTHC hoặc sổ theo dõi)
  indicators  Tính các chỉ tiêu Phụ lục 3 cho một kỳ báo cáo
             cchc indicators --db F --period 2025-Q1 [--profile X] [--estimate] [--template T.json] [--json]
  export   Xuất Phụ lục 3 ra tệp Excel theo mẫu (bản nháp nếu số liệu còn lỗi)
             cchc export phu-luc-3 --db F --period 2025-Q1 --out PL3.xlsx [--estimate] [--template T.json]
           Xuất báo cáo Word theo thể thức Nghị định 30/2020/NĐ-CP: báo cáo theo đề cương
           kiểm tra, báo cáo CCHC năm (kèm Phụ lục 3), danh mục tài liệu minh chứng
             cchc export de-cuong --db F --period 2025-07-01..2025-10-09 --out DC.docx [--outline ID|TỆP.json]
             cchc export bao-cao --db F --period 2025-Y --out BC.docx [--khong-phu-luc-3]
             cchc export minh-chung --db F --period 2025-07-01..2025-10-09 --out MC.docx
           Xuất hồ sơ minh chứng: thư mục (hoặc tệp .zip) theo từng mục của đề cương, kèm tệp đính kèm
           của văn bản, mục lục 00-Muc-luc.html và danh mục Word (mã thoát 1 nếu còn mục thiếu)
             cchc export ho-so-minh-chung --db F --period 2025-07-01..2025-10-09 --out THU_MUC|HS.zip
  fill-form  Điền số liệu vào biểu mẫu Phụ lục 3 (.xlsx) của tỉnh, giữ nguyên mọi ô khác
             cchc fill-form BIEU.xlsx --db F --period 2025-Q3 --out DA_DIEN.xlsx [--estimate]
               [--map 17=tthc.ho_so.qua_han,33=tthc.pakn.ky_truoc+tthc.pakn.tiep_nhan_moi,20=-] [--save-mapping] [--json]
             (--map: chọn chỉ tiêu cho dòng chưa xác định, MÃ+MÃ để cộng số liệu, "-" để bỏ qua dòng;
             --save-mapping: ghi nhớ lựa chọn cho biểu mẫu này)
  package  Tạo gói gửi một phòng ban phần việc của báo cáo (số liệu, nội dung, minh chứng),
           và nhận gói phòng ban gửi lại (kiểm tra gói, so sánh, nhận trong một giao dịch)
             cchc package create --dept TTPVHCC --period 2025-07-01..2025-10-09 --out TTPVHCC.cchc [--outline ID] [--chap-nhan-qua-han]
             cchc package import TTPVHCC.cchc --db F [--dry-run] [--chap-nhan MÃ,…] [--json]
             (--out ….xlsx: mẫu Excel cho phòng không có ứng dụng; import nhận cả mẫu Excel đã điền;
             --chap-nhan-qua-han: vẫn tạo gói khi hạn gửi của phòng đã qua;
             --chap-nhan: nhận cả những thay đổi xung đột đã xem, theo mã in ra)
  attach   Đính kèm tệp (PDF, Word, Excel, ảnh quét) vào văn bản trong sổ văn bản
             cchc attach TỆP… --document "25/KH-UBND" [--date 2025-01-10] --db F
             cchc attach --folder THƯ_MỤC --db F [--dry-run] [--json]
             cchc attach --list [--document "25/KH-UBND"] --db F
             (--folder: khớp từng tệp với văn bản theo số ký hiệu trong tên tệp, ví dụ
             25-KH-UBND.pdf, 25_KH-UBND_2025.pdf; tệp không khớp hoặc khớp nhiều văn bản
             được liệt kê và để lại; --dry-run: chỉ xem trước, không ghi gì)
  backup   Sao lưu toàn bộ dữ liệu khi ứng dụng vẫn đang chạy (vào tệp --out, hoặc thư mục sao lưu)
             cchc backup --db F [--out SAO_LUU.sqlite]
             cchc backup --db F --list            (các bản sao lưu tự động: hằng ngày, trước khi nhập, gộp)
  restore  Khôi phục từ một bản sao lưu (kiểm tra tệp trước; dữ liệu hiện tại được giữ lại để hoàn tác)
             cchc restore SAO_LUU.sqlite --db F
  passphrase  Bảo vệ tệp dữ liệu và các bản sao lưu bằng mật khẩu (mã hóa), đổi hoặc bỏ mật khẩu
             CCHC_MAT_KHAU_MOI=… cchc passphrase --db F     (đặt hoặc đổi; mật khẩu cũ trong CCHC_MAT_KHAU)
             CCHC_MAT_KHAU=… cchc passphrase --db F --remove
  period   Cho biết khoảng số liệu và hạn gửi của một kỳ báo cáo
             cchc period --period 2025-Q1 [--profile hai-phong]
  serve    Chạy ứng dụng trong trình duyệt (chế độ trình duyệt, chỉ trên máy này)
             cchc serve [--db F] [--port N]

Tùy chọn chung:
  --db F        Tệp dữ liệu SQLite; nếu không có thì dùng biến CCHC_DB,
                sau đó là tệp của ứng dụng trên máy tính này
  --user TÊN    Tên người thực hiện, ghi vào lịch sử thay đổi
  CCHC_MAT_KHAU Biến môi trường: mật khẩu của tệp dữ liệu đã được bảo vệ
                (không nhận qua tùy chọn để mật khẩu không lưu lại trong lịch sử lệnh)
  --json        In một tài liệu JSON ra stdout (thông báo khác ra stderr)
  -h, --help    Xem hướng dẫn này

Kỳ báo cáo (--period): 2025-Q1 (Quý I), 2025-H1 (6 tháng), 2025-Q3 (Quý III),
2025-Y (Năm) theo hồ sơ tỉnh (--profile: hai-phong, vi-khe, cao-bang), hoặc
khoảng tùy chọn 2025-07-01..2025-10-09.

Mẫu Phụ lục 3 (--template): tệp JSON cùng dạng templates/phu-luc-3.json (danh
mục chỉ tiêu của tỉnh); nếu không nêu thì dùng mẫu đã nạp trong ứng dụng, sau
đó là mẫu có sẵn.

Mã thoát: 0 hoàn tất; 1 hoàn tất nhưng có vấn đề cần xem; 2 không thực hiện
được (tham số sai, tệp không đọc được, sai định dạng).
`;
