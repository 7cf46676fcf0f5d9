import { addDays, daysInMonth, isoDate, type IsoDate } from "../../shared/dates";
import { nfcDeep } from "../../shared/text";
import { assignedTasks, planTasks } from "../../db/schema";
import { citeDate, TWO_TIER_START } from "./calendar";
import { departmentOf, type DemoContext } from "./context";
import { wordedFor } from "./place";
import type { Random } from "./random";

const AREA = {
  chiDao: "Công tác chỉ đạo, điều hành",
  theChe: "Cải cách thể chế",
  tthc: "Cải cách thủ tục hành chính",
  boMay: "Cải cách tổ chức bộ máy hành chính nhà nước",
  congVu: "Cải cách chế độ công vụ",
  taiChinh: "Cải cách tài chính công",
  so: "Xây dựng và phát triển Chính quyền điện tử, Chính quyền số",
} as const;

/** When a task is due: "T7" month 7, "Q3" quarter III, "TX" ongoing, "CN" the whole year. */
type When = `T${number}` | `Q${1 | 2 | 3 | 4}` | "TX" | "CN";

/** [area, task, lead department, coordinating units, product, when]; {Y} is the plan's year. */
type PlanTemplate = [area: string, title: string, lead: string, coordinating: string | null, product: string, when: When];

const OFFICES = "Các phòng chuyên môn, Trung tâm Phục vụ hành chính công";

/** The tasks of a commune's yearly CCHC plan (Kế hoạch CCHC). */
const PLAN: PlanTemplate[] = [
  [AREA.chiDao, "Ban hành Kế hoạch cải cách hành chính năm {Y}", "VHXH", OFFICES, "Kế hoạch của UBND {cap_don_vi}", "T1"],
  [AREA.chiDao, "Ban hành Kế hoạch kiểm tra công tác cải cách hành chính năm {Y}", "VHXH", "Văn phòng HĐND và UBND", "Kế hoạch kiểm tra", "Q1"],
  [AREA.chiDao, "Kiểm tra công tác cải cách hành chính tại các phòng chuyên môn, Trung tâm Phục vụ hành chính công", "VHXH", "Văn phòng HĐND và UBND", "Thông báo kết luận kiểm tra", "Q3"],
  [AREA.chiDao, "Ban hành và triển khai Kế hoạch thông tin, tuyên truyền cải cách hành chính năm {Y}", "TTVH", "Phòng Văn hóa - Xã hội", "Kế hoạch; tin, bài tuyên truyền", "Q1"],
  [AREA.chiDao, "Tuyên truyền cải cách hành chính trên Đài truyền thanh, Trang thông tin điện tử {cap_don_vi}", "TTVH", OFFICES, "Tin, bài, chuyên mục", "TX"],
  [AREA.chiDao, "Tự đánh giá, chấm điểm xác định Chỉ số cải cách hành chính", "VHXH", OFFICES, "Báo cáo tự đánh giá, chấm điểm", "Q1"],
  [AREA.chiDao, "Báo cáo định kỳ công tác cải cách hành chính quý, 6 tháng, năm", "VHXH", OFFICES, "Báo cáo của UBND {cap_don_vi}", "TX"],
  [AREA.chiDao, "Đăng ký, triển khai sáng kiến, mô hình, giải pháp cải cách hành chính", "VHXH", OFFICES, "Sáng kiến được công nhận", "Q4"],
  [AREA.theChe, "Xây dựng, ban hành văn bản quy phạm pháp luật theo chương trình", "VP", "Các phòng chuyên môn", "Văn bản quy phạm pháp luật", "CN"],
  [AREA.theChe, "Tự kiểm tra văn bản quy phạm pháp luật do HĐND, UBND {cap_don_vi} ban hành", "VP", null, "Báo cáo kết quả kiểm tra", "Q4"],
  [AREA.theChe, "Rà soát, hệ thống hóa văn bản quy phạm pháp luật do HĐND, UBND các {cap_don_vi} cũ ban hành", "VP", "Các phòng chuyên môn", "Danh mục văn bản hết hiệu lực, cần sửa đổi", "Q3"],
  [AREA.theChe, "Tuyên truyền, phổ biến, giáo dục pháp luật", "VP", "Trung tâm Văn hóa - Thể thao và Truyền thông", "Hội nghị, tài liệu tuyên truyền", "TX"],
  [AREA.theChe, "Theo dõi tình hình thi hành pháp luật trên địa bàn", "VP", null, "Báo cáo theo dõi thi hành pháp luật", "Q4"],
  [AREA.tthc, "Công bố, công khai danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của UBND {cap_don_vi}", "TTPVHCC", "Văn phòng HĐND và UBND", "Quyết định công bố", "T2"],
  [AREA.tthc, "Rà soát, đánh giá, đơn giản hóa thủ tục hành chính", "TTPVHCC", "Các phòng chuyên môn", "Báo cáo rà soát", "Q2"],
  [AREA.tthc, "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "TTPVHCC", "Các phòng chuyên môn", "Hồ sơ, kết quả được số hóa", "TX"],
  [AREA.tthc, "Tiếp nhận, xử lý phản ánh, kiến nghị về thủ tục hành chính", "TTPVHCC", "Văn phòng HĐND và UBND", "Sổ theo dõi phản ánh, kiến nghị", "TX"],
  [AREA.tthc, "Đo lường sự hài lòng của người dân, doanh nghiệp", "TTPVHCC", null, "Báo cáo kết quả đo lường", "Q4"],
  [AREA.tthc, "Nâng tỷ lệ hồ sơ nộp trực tuyến toàn trình", "TTPVHCC", "Phòng Văn hóa - Xã hội", "Tỷ lệ hồ sơ trực tuyến đạt chỉ tiêu", "T12"],
  [AREA.tthc, "Triển khai thanh toán trực tuyến phí, lệ phí giải quyết thủ tục hành chính", "TTPVHCC", "Phòng Kinh tế", "Tỷ lệ thanh toán trực tuyến", "Q3"],
  [AREA.boMay, "Rà soát, ban hành quy định chức năng, nhiệm vụ của các phòng chuyên môn", "VHXH", "Văn phòng HĐND và UBND", "Quyết định của UBND {cap_don_vi}", "T3"],
  [AREA.boMay, "Rà soát, sửa đổi Quy chế làm việc của UBND {cap_don_vi}", "VP", null, "Quy chế làm việc", "T3"],
  [AREA.boMay, "Rà soát, sắp xếp vị trí việc làm", "VHXH", "Các phòng chuyên môn", "Đề án vị trí việc làm", "Q4"],
  [AREA.boMay, "Thực hiện phân cấp, phân quyền theo các Nghị định của Chính phủ", "VP", "Các phòng chuyên môn", "Báo cáo kết quả thực hiện", "Q3"],
  [AREA.congVu, "Quản lý, sử dụng biên chế được giao", "VHXH", null, "Báo cáo biên chế", "TX"],
  [AREA.congVu, "Đào tạo, bồi dưỡng cán bộ, công chức", "VHXH", null, "Danh sách cử đi đào tạo, bồi dưỡng", "Q3"],
  [AREA.congVu, "Kiểm tra kỷ luật, kỷ cương hành chính", "VHXH", "Văn phòng HĐND và UBND", "Thông báo kết luận kiểm tra", "Q4"],
  [AREA.congVu, "Đánh giá, xếp loại chất lượng cán bộ, công chức năm {Y}", "VHXH", "Các phòng chuyên môn", "Quyết định xếp loại", "T12"],
  [AREA.congVu, "Cập nhật cơ sở dữ liệu cán bộ, công chức", "VHXH", null, "Cơ sở dữ liệu được cập nhật", "Q4"],
  [AREA.taiChinh, "Giao dự toán ngân sách, thực hiện tự chủ kinh phí quản lý hành chính", "KT", null, "Quyết định giao dự toán", "T1"],
  [AREA.taiChinh, "Xây dựng Quy chế chi tiêu nội bộ", "KT", "Văn phòng HĐND và UBND", "Quy chế chi tiêu nội bộ", "Q3"],
  [AREA.taiChinh, "Giao quyền tự chủ cho các đơn vị sự nghiệp công lập trực thuộc", "KT", "Phòng Văn hóa - Xã hội", "Quyết định giao tự chủ", "Q4"],
  [AREA.taiChinh, "Đẩy nhanh giải ngân vốn đầu tư công", "KT", null, "Tỷ lệ giải ngân", "T12"],
  [AREA.taiChinh, "Công khai ngân sách theo quy định", "KT", null, "Niêm yết, đăng tải công khai", "TX"],
  [AREA.so, "Ban hành và triển khai Kế hoạch chuyển đổi số năm {Y}", "VHXH", OFFICES, "Kế hoạch chuyển đổi số", "Q1"],
  [AREA.so, "Gửi, nhận văn bản điện tử và ký số", "VP", "Các phòng chuyên môn", "Tỷ lệ văn bản điện tử, ký số", "TX"],
  [AREA.so, "Triển khai Đề án 06 trên địa bàn {cap_don_vi}", "VHXH", "Công an {cap_don_vi}", "Báo cáo kết quả thực hiện", "TX"],
  [AREA.so, "Duy trì, cập nhật Trang thông tin điện tử {cap_don_vi}", "TTVH", "Văn phòng HĐND và UBND", "Trang thông tin điện tử hoạt động", "TX"],
  [AREA.so, "Bảo đảm an toàn thông tin mạng", "VHXH", null, "Phương án bảo đảm an toàn thông tin", "Q2"],
  [AREA.so, "Triển khai hệ thống họp trực tuyến đến {thon}, khu dân cư", "VP", null, "Hệ thống họp trực tuyến", "Q3"],
];

const ROMAN = ["I", "II", "III", "IV"];

function deadlineOf(when: When, year: number): { text: string; date: IsoDate } {
  if (when === "TX" || when === "CN") return { text: when === "TX" ? "Thường xuyên" : "Cả năm", date: isoDate(year, 12, 31) };
  const n = Number(when.slice(1));
  const month = when.startsWith("Q") ? n * 3 : n;
  return { text: when.startsWith("Q") ? `Quý ${ROMAN[n - 1]}` : `Tháng ${n}`, date: isoDate(year, month, daysInMonth(year, month)) };
}

/** The 2025 plan came with the new commune in July: what an ordinary year does in the first half falls into the second. */
function whenIn2025(when: When): When {
  if (when === "Q1" || when === "Q2") return "Q3";
  if (when.startsWith("T") && when !== "TX" && Number(when.slice(1)) < 8) return "T8";
  return when;
}

const later = (a: IsoDate, b: IsoDate) => (a > b ? a : b);

/** A yearly plan from 2025 on, each year's issued the December before (the 2025 one in July 2025); status as of `until`. */
export function insertPlanTasks(ctx: DemoContext): void {
  const rng = ctx.random("plan-tasks");
  const { calendar } = ctx;
  const onWorkingDay = (d: IsoDate) => calendar.date(calendar.workingDayOnOrBefore(calendar.dayOf(d)));
  const lastYear = Number(ctx.until.slice(0, 4)) + 1;
  for (let year = 2025; year <= lastYear; year++) {
    // The day the plan document was signed (documents.ts dates it alike).
    const issued = calendar.date(calendar.workingDayOnOrAfter(calendar.dayOf(year === 2025 ? "2025-07-18" : `${year - 1}-12-24`)));
    if (issued > ctx.until) continue;
    for (const [area, title, lead, coordinating, product, when] of nfcDeep(PLAN)) {
      const deadline = deadlineOf(year === 2025 ? whenIn2025(when) : when, year);
      const ongoing = when === "TX" || when === "CN";
      const starts = ongoing ? issued : later(issued, addDays(deadline.date, -75));
      const r = rng.next();
      const done = r < 0.8 ? onWorkingDay(later(issued, addDays(deadline.date, ongoing ? -rng.int(2, 6) : -rng.int(0, 60)))) : r < 0.92 ? onWorkingDay(addDays(deadline.date, rng.int(5, 40))) : null;
      const completed = done !== null && done <= ctx.until ? done : null;
      const behind = completed === null && deadline.date < ctx.until;
      ctx.db
        .insert(planTasks)
        .values({
          year,
          area,
          title: wordedFor(ctx.place, title.replaceAll("{Y}", String(year))),
          leadUnit: ctx.departments.get(lead) ?? lead,
          coordinatingUnits: coordinating && wordedFor(ctx.place, coordinating),
          product: wordedFor(ctx.place, product),
          deadlineText: deadline.text,
          deadline: deadline.date,
          status: completed ? "hoan_thanh" : starts <= ctx.until ? "dang_thuc_hien" : "chua_thuc_hien",
          completedDate: completed,
          note: behind ? "Chậm so với tiến độ kế hoạch" : completed && completed > deadline.date ? "Hoàn thành chậm so với kế hoạch" : null,
          batchId: ctx.batchId,
        })
        .run();
    }
  }
}

/** [task, department, the city office's suffix in "…/UBND-NC"] */
const ASSIGNMENTS: [title: string, department: string, office: string][] = [
  ["Rà soát, báo cáo tình hình bố trí trụ sở làm việc sau sắp xếp đơn vị hành chính", "VP", "NC"],
  ["Rà soát, thống kê tài sản công dôi dư sau sắp xếp, đề xuất phương án xử lý", "KT", "KT"],
  ["Triển khai các Nghị định của Chính phủ về phân định thẩm quyền, phân quyền, phân cấp", "VP", "NC"],
  ["Rà soát, chuẩn hóa danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của UBND cấp xã", "TTPVHCC", "NC"],
  ["Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực tiếp nhận từ cấp huyện", "TTPVHCC", "NC"],
  ["Thực hiện Chiến dịch làm giàu, làm sạch cơ sở dữ liệu đất đai", "KT", "KT"],
  ["Báo cáo kết quả thực hiện Đề án 06 trên địa bàn", "VHXH", "NC"],
  ["Rà soát, cập nhật dữ liệu đối tượng bảo trợ xã hội, người có công trên hệ thống", "VHXH", "VX"],
  ["Tổ chức đối thoại với người dân, doanh nghiệp về thủ tục hành chính", "TTPVHCC", "NC"],
  ["Báo cáo tình hình thu, chi ngân sách sau sắp xếp đơn vị hành chính", "KT", "KT"],
  ["Kiện toàn Ban Chỉ đạo chuyển đổi số của xã", "VHXH", "VX"],
  ["Rà soát, đề xuất nhu cầu đào tạo, bồi dưỡng cán bộ, công chức cấp xã", "VHXH", "NC"],
  ["Thu thập, cập nhật dữ liệu hộ kinh doanh trên địa bàn", "KT", "KT"],
  ["Rà soát, xử lý dứt điểm hồ sơ thủ tục hành chính tồn đọng, quá hạn", "TTPVHCC", "NC"],
  ["Báo cáo công tác phòng, chống thiên tai và tìm kiếm cứu nạn", "KT", "KT"],
  ["Kiểm tra, xử lý vi phạm trật tự xây dựng trên địa bàn", "KT", "ĐC"],
  ["Cập nhật Cơ sở dữ liệu quốc gia về khiếu nại, tố cáo", "VP", "NC"],
  ["Báo cáo kết quả đo lường sự hài lòng của người dân, doanh nghiệp", "TTPVHCC", "NC"],
  ["Cung cấp thông tin phục vụ xây dựng Đề án vị trí việc làm", "VHXH", "NC"],
  ["Tổng hợp, báo cáo kết quả thực hiện nhiệm vụ chuyển đổi số", "VHXH", "VX"],
];

function shuffled<T>(items: readonly T[], rng: Random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Tasks the city's People's Committee or its Chairman gave the commune from 01/07/2025: busy first months, then one or two a month. */
export function insertAssignedTasks(ctx: DemoContext): void {
  const rng = ctx.random("assigned-tasks");
  const { calendar } = ctx;
  const titles = shuffled(nfcDeep(ASSIGNMENTS), rng);
  const city = ctx.place.provinceLevel;
  let taken = 0;
  for (const month of calendar.months().filter((m) => m >= TWO_TIER_START.slice(0, 7))) {
    const count = month <= "2025-09" ? 3 : rng.int(1, 2);
    const days = Array.from({ length: count }, () => calendar.inMonth(month, rng.int(1, 26))).sort((a, b) => a - b);
    for (const issuedDay of days) {
      if (issuedDay > calendar.untilDay) continue;
      const [title, department, office] = titles[taken++ % titles.length]!;
      const assigned = calendar.date(issuedDay);
      const deadlineDay = calendar.workingDayOnOrAfter(issuedDay + rng.pick([7, 10, 15, 20, 30, 45]));
      // Every seventh stays undone, so that some are overdue.
      const outcome = taken % 7 === 4 ? 1 : rng.next();
      const doneDay = outcome < 0.8 ? calendar.workingDayOnOrBefore(issuedDay + rng.int(1, deadlineDay - issuedDay)) : outcome < 0.93 ? calendar.addWorkingDays(deadlineDay, rng.int(2, 15)) : null;
      const byChairman = rng.chance(0.3);
      const dayOfYear = issuedDay - calendar.dayOf(`${assigned.slice(0, 4)}-01-01`);
      ctx.db
        .insert(assignedTasks)
        .values({
          title,
          sourceDocument: `Văn bản số ${Math.floor(dayOfYear * 27.5) + rng.int(1, 25)}/UBND-${office} ngày ${citeDate(assigned)} của UBND ${city}`,
          assignedBy: byChairman ? `Chủ tịch UBND ${city}` : `UBND ${city}`,
          assignedDate: assigned,
          deadline: calendar.date(deadlineDay),
          completedDate: doneDay !== null && doneDay <= calendar.untilDay ? calendar.date(doneDay) : null,
          departmentCode: departmentOf(ctx, department),
          note: null,
          batchId: ctx.batchId,
        })
        .run();
    }
  }
}
