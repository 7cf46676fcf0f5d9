import { asc, eq } from "drizzle-orm";
import { addDays } from "../../shared/dates";
import { nfcDeep } from "../../shared/text";
import { documents, inspections, legalReviews } from "../../db/schema";
import { addMonths, citeDate, DEMO_START, TWO_TIER_START } from "./calendar";
import type { DemoContext } from "./context";
import { wordedFor } from "./place";

/** What the old communes left: reviewed (rà soát) in the new commune's first months. [days after 01/07/2025, document, needs handling] */
const INHERITED: [after: number, document: string, needsHandling: boolean][] = [
  [45, "Quyết định số 12/2019/QĐ-UBND ngày 15/5/2019 của UBND {cap_don_vi} cũ về quản lý chợ trên địa bàn", true],
  [50, "Quyết định số 05/2021/QĐ-UBND ngày 10/3/2021 của UBND {cap_don_vi} cũ về quản lý nghĩa trang nhân dân", true],
  [55, "Nghị quyết số 08/2022/NQ-HĐND ngày 20/7/2022 của HĐND {cap_don_vi} cũ về mức thu đóng góp xây dựng nông thôn mới", false],
  [60, "Quyết định số 03/2023/QĐ-UBND ngày 12/4/2023 của UBND {cap_don_vi} cũ về quy chế quản lý nhà văn hóa {thon}", true],
];

/**
 * Reviews (rà soát) of the old communes' legal documents, and a check (kiểm
 * tra) of each legal document the commune itself issued, a month or two later.
 */
export function insertLegalReviews(ctx: DemoContext): void {
  const rng = ctx.random("legal-reviews");
  const { calendar } = ctx;
  const planned: { day: number; kind: "kiem_tra" | "ra_soat"; documentRef: string; needsHandling: boolean }[] = [];
  for (const [after, documentRef, needsHandling] of nfcDeep(INHERITED)) {
    const date = addDays(TWO_TIER_START, after);
    if (date <= ctx.until) planned.push({ day: calendar.workingDayOnOrAfter(calendar.dayOf(date)), kind: "ra_soat", documentRef: wordedFor(ctx.place, documentRef), needsHandling });
  }
  const issued = ctx.db
    .select({ numberSymbol: documents.numberSymbol, date: documents.date, kind: documents.kind, summary: documents.summary })
    .from(documents)
    .where(eq(documents.isLegalNormative, true))
    .orderBy(asc(documents.id))
    .all();
  for (const d of issued) {
    planned.push({
      day: calendar.addWorkingDays(calendar.dayOf(d.date), rng.int(20, 40)),
      kind: "kiem_tra",
      documentRef: `${d.kind} số ${d.numberSymbol} ngày ${citeDate(d.date)}: ${d.summary}`,
      needsHandling: rng.chance(0.3),
    });
  }
  for (const r of planned.sort((a, b) => a.day - b.day)) {
    if (r.day > calendar.untilDay) continue;
    const handledDay = r.needsHandling ? calendar.addWorkingDays(r.day, rng.int(10, 60)) : null;
    ctx.db
      .insert(legalReviews)
      .values({
        kind: r.kind,
        reviewDate: calendar.date(r.day),
        documentRef: r.documentRef,
        needsHandling: r.needsHandling,
        handledDate: handledDay !== null && handledDay <= calendar.untilDay ? calendar.date(handledDay) : null,
        note: r.needsHandling ? (r.kind === "ra_soat" ? "Đề nghị bãi bỏ do không còn phù hợp sau sắp xếp đơn vị hành chính" : "Đề nghị sửa đổi căn cứ pháp lý") : null,
      })
      .run();
  }
}

/** [months after July 2024, unit inspected, subject] */
const INSPECTIONS: [offset: number, unit: string, subject: string][] = [
  [3, "Bộ phận Một cửa {ubnd}", "Kiểm tra việc tiếp nhận, giải quyết hồ sơ thủ tục hành chính"],
  [9, "Công chức chuyên môn {ubnd}", "Kiểm tra công tác cải cách hành chính và kỷ luật, kỷ cương hành chính"],
  [14, "Trung tâm Phục vụ hành chính công {xa}", "Kiểm tra việc tiếp nhận, giải quyết hồ sơ thủ tục hành chính sau khi vận hành mô hình mới"],
  [14, "Phòng Kinh tế {xa}", "Kiểm tra công tác cải cách hành chính, giải quyết hồ sơ đất đai"],
  [15, "Phòng Văn hóa - Xã hội {xa}", "Kiểm tra công tác cải cách hành chính, chế độ công vụ"],
  [17, "Văn phòng HĐND và UBND {xa}", "Kiểm tra công tác văn thư, lưu trữ và gửi, nhận văn bản điện tử"],
  [22, "Trung tâm Phục vụ hành chính công {xa}", "Kiểm tra việc thực hiện số hóa hồ sơ, thanh toán trực tuyến"],
  [26, "Các phòng chuyên môn {xa}", "Kiểm tra kỷ luật, kỷ cương hành chính"],
  [29, "Trung tâm Phục vụ hành chính công {xa}", "Kiểm tra việc tiếp nhận, giải quyết hồ sơ thủ tục hành chính"],
];

/** The commune's own CCHC inspections, each closed by a notice of conclusions, its issues fixed over the following weeks. */
export function insertInspections(ctx: DemoContext): void {
  const rng = ctx.random("inspections");
  const { calendar, place } = ctx;
  const planned = nfcDeep(INSPECTIONS).flatMap(([offset, unit, subject]) => {
    const month = addMonths(DEMO_START.slice(0, 7), offset);
    return month > ctx.until.slice(0, 7) ? [] : [{ day: calendar.inMonth(month, rng.int(5, 25)), unit, subject }];
  });
  for (const { day, unit, subject } of planned.sort((a, b) => a.day - b.day)) {
    const noticeDay = calendar.addWorkingDays(day, rng.int(3, 10));
    if (noticeDay > calendar.untilDay) continue;
    const found = rng.int(0, 5);
    const weeksSince = (calendar.untilDay - noticeDay) / 7;
    const fixed = weeksSince > 8 ? found : Math.min(found, Math.floor(found * (weeksSince / 8) + rng.next()));
    const noticeDate = calendar.date(noticeDay);
    ctx.db
      .insert(inspections)
      .values({
        date: calendar.date(day),
        inspectedUnit: unit.replaceAll("{ubnd}", place.committee).replaceAll("{xa}", place.unitLabel),
        subject,
        issuesFound: found,
        issuesFixed: fixed,
        conclusionDocument: `Thông báo số ${ctx.numbers.symbol("TB-UBND", noticeDate)} ngày ${citeDate(noticeDate)}`,
        note: found === 0 ? "Không phát hiện tồn tại, hạn chế" : fixed < found ? "Đang khắc phục các tồn tại" : "Đã khắc phục xong các tồn tại",
      })
      .run();
  }
}
