import { nfcDeep } from "../../shared/text";
import { pakn, satisfactionRatings } from "../../db/schema";
import { clock } from "./calendar";
import type { DemoContext } from "./context";
import type { ResultsByQuarter } from "./dossiers";
import { personName } from "./names";
import { FIELD, PROCEDURES } from "./procedures";
import { WeightedPicker } from "./random";

/** Working days the commune has to answer a PAKN. */
const PAKN_DAYS = 10;

const PAKN_TEXTS = nfcDeep({
  contents: [
    "Phản ánh việc chậm trả kết quả giải quyết hồ sơ so với ngày hẹn",
    "Kiến nghị hướng dẫn rõ thành phần hồ sơ cần nộp",
    "Phản ánh việc phải bổ sung hồ sơ nhiều lần",
    "Phản ánh không nhận được thông báo kết quả qua tin nhắn",
    "Kiến nghị hỗ trợ nộp hồ sơ trực tuyến cho người cao tuổi",
    "Phản ánh lỗi khi thanh toán phí, lệ phí trực tuyến",
    "Kiến nghị bố trí thêm quầy tiếp nhận vào buổi sáng thứ Hai",
    "Phản ánh thái độ tiếp nhận hồ sơ của công chức",
    "Kiến nghị công khai thời hạn giải quyết tại nơi tiếp nhận",
    "Phản ánh việc yêu cầu nộp giấy tờ đã có trong cơ sở dữ liệu dân cư",
  ],
  channels: ["Cổng Dịch vụ công quốc gia", "Hệ thống thông tin giải quyết TTHC thành phố", "Hộp thư góp ý", "Trực tiếp tại Trung tâm", "Điện thoại đường dây nóng"],
  results: [
    "Đã trả lời, hướng dẫn công dân bổ sung hồ sơ theo quy định",
    "Đã xác minh, trả kết quả và xin lỗi công dân",
    "Đã tiếp thu, chấn chỉnh công chức tiếp nhận",
    "Đã hướng dẫn công dân thực hiện trên Cổng Dịch vụ công",
    "Đã trả lời, phản ánh không đúng thực tế",
  ],
});

/** Phản ánh, kiến nghị on procedures: two to four a month, most answered within the ten working days, a few still open past it. */
export function insertPakn(ctx: DemoContext): void {
  const rng = ctx.random("pakn");
  const { calendar } = ctx;
  // Complaints follow volume, and land dossiers draw more of them.
  const procedurePicker = new WeightedPicker(PROCEDURES.map((p) => [p, p.perMonth * (p.field === FIELD.datDai ? 6 : 1)] as const));
  const perYear = new Map<string, number>();
  for (const month of calendar.months()) {
    const days: number[] = [];
    for (let k = rng.int(2, 4); k > 0; k--) {
      const day = calendar.inMonth(month, rng.int(1, 28));
      if (day <= calendar.untilDay) days.push(day);
    }
    for (const day of days.sort((a, b) => a - b)) {
      const year = calendar.date(day).slice(0, 4);
      const seq = (perYear.get(year) ?? 0) + 1;
      perYear.set(year, seq);
      const p = procedurePicker.pick(rng);
      const dueDay = calendar.addWorkingDays(day, PAKN_DAYS);
      const r = rng.next();
      const resolvedDay = r < 0.9 ? calendar.addWorkingDays(day, rng.int(2, PAKN_DAYS)) : r < 0.96 ? calendar.addWorkingDays(dueDay, rng.int(3, 20)) : null;
      const resolved = resolvedDay !== null && resolvedDay <= calendar.untilDay;
      ctx.db
        .insert(pakn)
        .values({
          code: `PAKN-${year}-${String(seq).padStart(3, "0")}`,
          receivedDate: calendar.date(day),
          dueDate: calendar.date(dueDay),
          resolvedDate: resolved ? calendar.date(resolvedDay) : null,
          procedureName: p.name,
          field: p.field,
          content: rng.pick(PAKN_TEXTS.contents),
          senderName: personName(rng, rng.chance(0.5) ? "nam" : "nu"),
          channel: rng.pick(PAKN_TEXTS.channels),
          result: resolved ? rng.pick(PAKN_TEXTS.results) : null,
          batchId: ctx.batchId,
        })
        .run();
    }
  }
}

const QUARTER_BOUNDS: Record<string, [string, string]> = { Q1: ["01-01", "03-31"], Q2: ["04-01", "06-30"], Q3: ["07-01", "09-30"], Q4: ["10-01", "12-31"] };

/**
 * Ratings per quarter and field, from the rating devices and the portal:
 * about half the results get rated; most fields are well above 95 %, land
 * near 90 %, and in the quarter the new commune began land falls below it.
 */
export function insertSatisfaction(ctx: DemoContext, results: ResultsByQuarter): void {
  const rng = ctx.random("satisfaction");
  const { calendar } = ctx;
  for (const [quarter, perField] of results) {
    const [from, to] = QUARTER_BOUNDS[quarter.slice(5)]!.map((md) => `${quarter.slice(0, 4)}-${md}`) as [string, string];
    const periodTo = to < ctx.until ? to : ctx.until;
    const enteredDay = Math.min(calendar.workingDayOnOrAfter(calendar.dayOf(periodTo) + 1), calendar.untilDay);
    for (const [field, resolved] of perField) {
      const rated = Math.round(resolved * (0.4 + rng.next() * 0.2));
      if (rated === 0) continue;
      const land = field === FIELD.datDai;
      const share = land ? (quarter === "2025-Q3" ? 0.86 + rng.next() * 0.025 : 0.9 + rng.next() * 0.05) : 0.965 + rng.next() * 0.03;
      ctx.db
        .insert(satisfactionRatings)
        .values({
          periodFrom: from,
          periodTo,
          field,
          rated,
          satisfied: Math.min(rated, Math.round(rated * share)),
          source: "Hệ thống đánh giá sự hài lòng (thiết bị tại Trung tâm và Cổng Dịch vụ công)",
          enteredBy: ctx.userName,
          enteredAt: `${calendar.date(enteredDay)} ${clock(8 * 3600 + rng.int(0, 3 * 3600))}`,
          batchId: ctx.batchId,
        })
        .run();
    }
  }
}
