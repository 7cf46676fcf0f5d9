/**
 * What the departments of the demo commune wrote for the outlines: one entry
 * per item and department; `departmentCode` null is the compiling officer's
 * merged text of a joint item. A few items are left unwritten on purpose (the
 * PCI item, the Trung tâm Văn hóa's proposals to the ministries) so that the
 * screens show what "thiếu" looks like. The texts name the unit's level
 * {cap_don_vi}, the province's {cap_tinh} and the villages {thon}, worded for
 * the unit when saved (place.ts), so that a phường's texts say "UBND phường".
 */
export interface DemoOutlineText {
  outlineId: string;
  itemKey: string;
  departmentCode: string | null;
  body: string;
}

const INSPECTION_2025: [itemKey: string, departmentCode: string | null, body: string][] = [
  [
    "I.1.1",
    "VP",
    "Sau khi sắp xếp, hợp nhất, UBND {cap_don_vi} đã kịp thời ban hành Kế hoạch cải cách hành chính năm 2025, Kế hoạch kiểm tra công tác cải cách hành chính năm 2025 và các văn bản chỉ đạo, đôn đốc các phòng chuyên môn, Trung tâm Phục vụ hành chính công triển khai nhiệm vụ cải cách hành chính theo lĩnh vực phụ trách.\nChủ tịch UBND {cap_don_vi} trực tiếp chỉ đạo công tác cải cách hành chính; định kỳ hằng tháng nghe báo cáo tiến độ tại cuộc họp giao ban.",
  ],
  [
    "I.1.2",
    "VP",
    "Kinh phí thực hiện công tác cải cách hành chính được bố trí trong dự toán chi thường xuyên của UBND {cap_don_vi}. Mỗi phòng chuyên môn, Trung tâm Phục vụ hành chính công phân công 01 công chức làm đầu mối theo dõi, tổng hợp công tác cải cách hành chính.",
  ],
  [
    "I.1.5",
    "VP",
    "Tiếp tục duy trì mô hình \u201cDân vận khéo\u201d trong giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công; thành lập Tổ công nghệ số cộng đồng tại các {thon} hướng dẫn người dân sử dụng dịch vụ công trực tuyến.",
  ],
  [
    "I.1.6",
    "VP",
    "UBND {cap_don_vi} ban hành Kế hoạch kiểm tra công tác cải cách hành chính năm 2025, lồng ghép kiểm tra kỷ luật, kỷ cương công vụ; đã tổ chức kiểm tra tại các phòng chuyên môn và Trung tâm Phục vụ hành chính công, các tồn tại phát hiện qua kiểm tra đã được chấn chỉnh kịp thời.",
  ],
  [
    "I.2.1",
    "TTVH",
    "Trung tâm Văn hóa - Thể thao và Truyền thông tham mưu UBND {cap_don_vi} ban hành Kế hoạch thông tin, tuyên truyền cải cách hành chính năm 2025, xác định nội dung, hình thức và phân công thực hiện cụ thể.",
  ],
  [
    "I.2.2",
    "TTVH",
    "Nội dung tuyên truyền tập trung vào thủ tục hành chính mới ban hành, dịch vụ công trực tuyến toàn trình, thanh toán trực tuyến và Đề án 06. Hình thức: đăng tin, bài trên Trang thông tin điện tử của {cap_don_vi}, hệ thống đài truyền thanh, nhóm Zalo các {thon} và pa nô, áp phích tại Trung tâm Phục vụ hành chính công. Các nhiệm vụ trong kế hoạch đều được triển khai đúng tiến độ.",
  ],
  ["I.3.1", "VP", "UBND {cap_don_vi} đã ban hành Quy chế tiếp công dân và Quy chế giải quyết khiếu nại, tố cáo của UBND {cap_don_vi} sau hợp nhất; niêm yết công khai lịch tiếp công dân tại trụ sở."],
  [
    "I.3.2",
    "VP",
    "Phòng tiếp công dân được bố trí tại trụ sở UBND {cap_don_vi}, có đủ trang thiết bị; Chủ tịch UBND {cap_don_vi} tiếp công dân định kỳ vào ngày 15 hằng tháng; công chức được phân công tiếp công dân thường xuyên vào các ngày làm việc trong tuần.",
  ],
  ["I.3.3", "VP", "Các đơn thuộc thẩm quyền được thụ lý, giải quyết đúng trình tự, thời hạn theo quy định của Luật Khiếu nại, Luật Tố cáo; không có đơn tồn đọng kéo dài."],
  ["I.3.4", "VP", "Công chức được phân công cập nhật đầy đủ thông tin tiếp công dân, xử lý đơn vào phần mềm Cơ sở dữ liệu quốc gia về khiếu nại, tố cáo."],
  ["I.3.5", "VP", "UBND {cap_don_vi} thực hiện chi bồi dưỡng cho cán bộ, công chức làm nhiệm vụ tiếp công dân theo Nghị quyết số 07/2022/NQ-HĐND ngày 20/7/2022 của Hội đồng nhân dân {cap_tinh}."],
  ["II.1.1", "VP", "Văn phòng HĐND-UBND {cap_don_vi} tham mưu xây dựng, ban hành văn bản quy phạm pháp luật bảo đảm đúng trình tự, thủ tục theo Luật Ban hành văn bản quy phạm pháp luật năm 2025."],
  ["II.1.2", "VP", "UBND {cap_don_vi} ban hành Kế hoạch theo dõi tình hình thi hành pháp luật năm 2025, tập trung vào lĩnh vực đất đai, trật tự xây dựng và bảo vệ môi trường."],
  [
    "II.1.3",
    "VP",
    "Tổ chức tuyên truyền, phổ biến pháp luật qua hệ thống truyền thanh, hội nghị tại các {thon} và lồng ghép trong sinh hoạt của các đoàn thể; duy trì hoạt động của tủ sách pháp luật.",
  ],
  ["II.1.5", "VP", "Trong kỳ, UBND {cap_don_vi} tiếp nhận và xử lý đầy đủ các phản ánh, kiến nghị về văn bản quy phạm pháp luật, trả lời người dân đúng thời hạn."],
  [
    "II.2.12",
    "TTPVHCC",
    "Trung tâm Phục vụ hành chính công niêm yết công khai, đầy đủ thủ tục hành chính; bố trí công chức hướng dẫn người dân nộp hồ sơ trực tuyến, thanh toán trực tuyến; triển khai mô hình \u201cDân vận khéo\u201d trong giải quyết thủ tục hành chính.",
  ],
  ["II.2.13", "TTPVHCC", "Việc đo lường mức độ hài lòng được thực hiện qua thiết bị đánh giá điện tử tại quầy, đánh giá trên Cổng Dịch vụ công quốc gia và phiếu khảo sát."],
  [
    "II.3.a.1",
    "VHXH",
    "UBND {cap_don_vi} đã ban hành quyết định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Văn phòng HĐND và UBND, Phòng Văn hóa - Xã hội, Phòng Kinh tế và Trung tâm Phục vụ hành chính công.",
  ],
  [
    "II.3.a.2",
    "VHXH",
    "UBND {cap_don_vi} triển khai nghiêm các quy định của Chính phủ, {cap_tinh} về tổ chức chính quyền địa phương hai cấp; bố trí, sắp xếp cán bộ, công chức phù hợp với vị trí việc làm.",
  ],
  ["II.3.a.3", "VHXH", "Biên chế được quản lý, sử dụng đúng số lượng được giao; việc bố trí công chức theo vị trí việc làm đang được rà soát, hoàn thiện."],
  ["II.3.a.4", "VHXH", "UBND {cap_don_vi} ban hành Quy chế làm việc nhiệm kỳ 2021 - 2026; các phòng, trung tâm thực hiện nghiêm quy chế, chế độ hội họp và thông tin báo cáo."],
  ["II.3.b.1", "VHXH", "UBND {cap_don_vi} tổ chức hội nghị quán triệt các Nghị định của Chính phủ về phân định thẩm quyền, phân quyền, phân cấp cho toàn thể cán bộ, công chức."],
  ["II.3.b.2", "VHXH", "Qua rà soát, UBND {cap_don_vi} chưa phát hiện vướng mắc cần đề xuất điều chỉnh; tiếp tục theo dõi để kịp thời báo cáo {cap_tinh}."],
  [
    "II.4.2",
    "VHXH",
    "Đội ngũ cán bộ, công chức cơ bản đáp ứng yêu cầu nhiệm vụ; UBND {cap_don_vi} cử cán bộ, công chức tham gia các lớp bồi dưỡng về chuyển đổi số và kỹ năng giải quyết thủ tục hành chính.",
  ],
  ["II.4.3", "VHXH", "Cán bộ, công chức chấp hành nghiêm nội quy, quy chế cơ quan; thực hiện quy tắc ứng xử trong thực thi công vụ."],
  ["II.5.1", "KT", "UBND {cap_don_vi} thực hiện cơ chế tự chủ về biên chế và kinh phí quản lý hành chính theo Nghị định số 130/2005/NĐ-CP; ban hành Quy chế chi tiêu nội bộ năm 2025."],
  ["II.5.2", "KT", "Các đơn vị sự nghiệp công lập trực thuộc thực hiện cơ chế tự chủ theo Nghị định số 60/2021/NĐ-CP; phương án tự chủ được phê duyệt đúng thời hạn."],
  [
    "II.6.a",
    "VHXH",
    "UBND {cap_don_vi} ban hành Kế hoạch chuyển đổi số năm 2025 và kiện toàn Tổ công tác triển khai Đề án 06; 100% văn bản đi được quản lý trên Hệ thống quản lý văn bản và điều hành.",
  ],
  ["II.6.b.1", "VHXH", "Trụ sở UBND {cap_don_vi} được kết nối mạng truyền số liệu chuyên dùng; 100% cán bộ, công chức có máy tính kết nối Internet."],
  ["II.6.b.2", "VHXH", "Sử dụng thống nhất Hệ thống thông tin giải quyết thủ tục hành chính {cap_tinh}, Hệ thống quản lý văn bản và điều hành và hộp thư điện tử công vụ."],
  ["II.6.b.3", "VHXH", "Phối hợp Công an {cap_don_vi} làm sạch dữ liệu dân cư; cập nhật dữ liệu hộ tịch điện tử phục vụ liên thông thủ tục hành chính."],
  ["II.6.b.4", "VHXH", "Các phòng chuyên môn thực hiện gửi, nhận văn bản điện tử, ký số văn bản đi; tổ chức họp trực tuyến với {cap_tinh}."],
  ["II.6.b.5", "VHXH", "Trung tâm Phục vụ hành chính công hướng dẫn người dân nộp hồ sơ trực tuyến toàn trình, thanh toán trực tuyến và nhận kết quả điện tử."],
  ["III.1", "VHXH", "Tổ chức bộ máy sau sắp xếp đi vào hoạt động ổn định; công tác cải cách hành chính được triển khai đồng bộ."],
  ["III.1", "KT", "Công tác quản lý tài chính, ngân sách được thực hiện công khai, minh bạch."],
  ["III.1", "VP", "Công tác xây dựng văn bản, tiếp công dân được duy trì nền nếp."],
  ["III.1", "TTPVHCC", "Tỷ lệ hồ sơ giải quyết đúng hạn và hồ sơ trực tuyến đạt cao; mức độ hài lòng của người dân được nâng lên."],
  ["III.1", "TTVH", "Công tác tuyên truyền cải cách hành chính được đổi mới về hình thức, sát với nhu cầu của người dân."],
  ["III.2", "VHXH", "Một số công chức mới được điều động còn hạn chế kinh nghiệm ở vị trí việc làm mới."],
  ["III.2", "KT", "Tiến độ giải ngân vốn đầu tư công một số dự án còn chậm."],
  ["III.2", "VP", "Việc rà soát văn bản của các {cap_don_vi} cũ trước hợp nhất còn nhiều, cần thời gian xử lý."],
  ["III.2", "TTPVHCC", "Hạ tầng công nghệ thông tin tại Trung tâm có lúc quá tải; một số hồ sơ còn quá hạn do phải xác minh thực địa."],
  ["III.2", "TTVH", "Kinh phí cho công tác tuyên truyền còn hạn chế."],
  [
    "IV.1",
    null,
    "Tiếp tục tăng cường sự chỉ đạo của Chủ tịch UBND {cap_don_vi} đối với công tác cải cách hành chính; gắn kết quả thực hiện nhiệm vụ cải cách hành chính với đánh giá, xếp loại cán bộ, công chức.",
  ],
  ["IV.2", null, "Nâng cao chất lượng xây dựng, ban hành văn bản quy phạm pháp luật; hoàn thành rà soát văn bản của các {cap_don_vi} cũ trước hợp nhất."],
  ["IV.3", null, "Đẩy mạnh tiếp nhận, giải quyết hồ sơ trực tuyến toàn trình, thanh toán trực tuyến; giảm tối đa hồ sơ quá hạn."],
  ["IV.4", null, "Hoàn thiện đề án vị trí việc làm; tiếp tục kiện toàn tổ chức bộ máy theo hướng tinh gọn, hiệu lực, hiệu quả."],
  ["IV.5", null, "Tăng cường kỷ luật, kỷ cương hành chính; đẩy mạnh bồi dưỡng kỹ năng số cho cán bộ, công chức."],
  ["IV.6", null, "Đẩy nhanh tiến độ giải ngân vốn đầu tư công; thực hiện tốt cơ chế tự chủ tại các đơn vị sự nghiệp công lập."],
  ["IV.7", null, "Hoàn thiện hạ tầng số, số hóa hồ sơ, kết quả giải quyết thủ tục hành chính; phát triển các tiện ích số phục vụ người dân."],
  ["V.1", "VHXH", "Đề nghị {cap_tinh} tổ chức tập huấn nghiệp vụ cải cách hành chính cho công chức cấp xã sau sắp xếp."],
  ["V.1", "KT", "Đề nghị {cap_tinh} sớm giao bổ sung vốn đầu tư công cho các dự án chuyển tiếp."],
  ["V.1", "VP", "Đề nghị {cap_tinh} hướng dẫn xử lý văn bản quy phạm pháp luật do các {cap_don_vi} cũ ban hành."],
  ["V.1", "TTPVHCC", "Đề nghị {cap_tinh} đầu tư nâng cấp trang thiết bị tại Trung tâm Phục vụ hành chính công."],
  ["V.1", "TTVH", "Đề nghị {cap_tinh} hỗ trợ kinh phí nâng cấp hệ thống truyền thanh cơ sở."],
  ["V.2", "VHXH", "Đề nghị Bộ Nội vụ sớm ban hành hướng dẫn về vị trí việc làm của công chức cấp xã."],
  ["V.2", "KT", "Không có."],
  ["V.2", "VP", "Không có."],
  ["V.2", "TTPVHCC", "Đề nghị các Bộ, ngành hoàn thiện kết nối, chia sẻ dữ liệu giữa các hệ thống chuyên ngành với Cổng Dịch vụ công quốc gia."],
];

const ANNUAL_2025: [itemKey: string, departmentCode: string | null, body: string][] = [
  [
    "I.1",
    "VHXH",
    "UBND {cap_don_vi} ban hành Kế hoạch cải cách hành chính năm 2025, Kế hoạch kiểm tra công tác cải cách hành chính, Kế hoạch thông tin, tuyên truyền cải cách hành chính và các văn bản chỉ đạo, đôn đốc thực hiện.",
  ],
  ["I.2", "VHXH", "Các nhiệm vụ trong kế hoạch được phân công cụ thể cho từng phòng, trung tâm; tiến độ được theo dõi hằng tháng."],
  ["I.3", "VHXH", "UBND {cap_don_vi} tổ chức kiểm tra công tác cải cách hành chính tại các phòng chuyên môn và Trung tâm Phục vụ hành chính công, lồng ghép kiểm tra kỷ luật, kỷ cương công vụ."],
  ["I.4", "TTVH", "Tuyên truyền cải cách hành chính qua Trang thông tin điện tử, hệ thống truyền thanh và mạng xã hội của {cap_don_vi}."],
  ["I.5", "VHXH", "Các nhiệm vụ {cap_tinh} giao được triển khai kịp thời; nhiệm vụ còn quá hạn đang được đôn đốc hoàn thành."],
  ["I.6", "VHXH", "Duy trì mô hình \u201cDân vận khéo\u201d và Tổ công nghệ số cộng đồng."],
  ["II.1", "VP", "Công tác xây dựng, kiểm tra, rà soát văn bản quy phạm pháp luật được thực hiện đúng quy định."],
  ["II.2", "TTPVHCC", "Trung tâm Phục vụ hành chính công vận hành ổn định; hồ sơ được tiếp nhận, giải quyết trên Hệ thống thông tin giải quyết thủ tục hành chính {cap_tinh}."],
  ["II.3", "VHXH", "Tổ chức bộ máy của UBND {cap_don_vi} được kiện toàn theo mô hình chính quyền địa phương hai cấp."],
  ["II.4", "VHXH", "Cán bộ, công chức được bố trí theo vị trí việc làm; công tác đào tạo, bồi dưỡng được quan tâm."],
  ["II.5", "KT", "Dự toán ngân sách được điều hành chặt chẽ, tiết kiệm; các đơn vị sự nghiệp thực hiện cơ chế tự chủ."],
  ["II.6", "VHXH", "Hạ tầng số, nền tảng số được sử dụng thống nhất; văn bản điện tử, chữ ký số được sử dụng trong hầu hết hoạt động."],
  ["III.1", null, "Công tác cải cách hành chính năm 2025 đạt nhiều kết quả tích cực; bộ máy sau sắp xếp hoạt động ổn định, phục vụ người dân ngày càng tốt hơn."],
  ["III.2", null, "Một số chỉ tiêu về số hóa và thanh toán trực tuyến chưa đạt kế hoạch; còn hồ sơ giải quyết quá hạn."],
  ["IV.1", null, "Tiếp tục thực hiện đồng bộ các nội dung cải cách hành chính theo Kế hoạch của {cap_tinh}."],
  ["IV.2", null, "Đẩy mạnh chuyển đổi số, giảm hồ sơ quá hạn, nâng cao mức độ hài lòng của người dân, doanh nghiệp."],
  ["V", null, "Đề nghị {cap_tinh} tăng cường tập huấn nghiệp vụ và hỗ trợ trang thiết bị cho Trung tâm Phục vụ hành chính công cấp xã."],
];

const of = (outlineId: string, rows: [string, string | null, string][]): DemoOutlineText[] => rows.map(([itemKey, departmentCode, body]) => ({ outlineId, itemKey, departmentCode, body }));

export const DEMO_OUTLINE_TEXTS: DemoOutlineText[] = [...of("de-cuong-kiem-tra-2025", INSPECTION_2025), ...of("bao-cao-nam", ANNUAL_2025)];
