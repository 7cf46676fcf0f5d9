import { nfcDeep } from "../../shared/text";
import { complaints, receptions } from "../../db/schema";
import type { DemoContext } from "./context";
import { wordedFor } from "./place";
import { citizenIdNumber, person } from "./names";
import type { Random } from "./random";
import type { Roster } from "./staff";

type Classification = "khieu_nai" | "to_cao" | "kien_nghi_phan_anh";
type Handling = "thu_ly" | "chuyen_don" | "huong_dan" | "tra_loi";
type ComplaintKind = "khieu_nai" | "to_cao" | "kien_nghi" | "phan_anh";

const CONTENTS: Record<ComplaintKind, string[]> = nfcDeep({
  khieu_nai: [
    "Khiếu nại việc không đồng ý với kết quả đo đạc, xác định ranh giới thửa đất",
    "Khiếu nại quyết định xử phạt vi phạm hành chính về trật tự xây dựng",
    "Khiếu nại việc không được xét hưởng trợ cấp xã hội hàng tháng",
    "Khiếu nại việc thu hồi đất làm đường giao thông nông thôn",
  ],
  to_cao: ["Tố cáo hành vi lấn chiếm đất công tại khu vực ven kênh", "Tố cáo việc xây dựng công trình trái phép trên đất nông nghiệp", "Tố cáo hành vi sách nhiễu của cán bộ thôn khi xác nhận hồ sơ"],
  kien_nghi: [
    "Đề nghị giải quyết tranh chấp ranh giới đất với hộ liền kề",
    "Kiến nghị sửa chữa tuyến đường liên thôn bị xuống cấp",
    "Kiến nghị xem xét hỗ trợ thiệt hại do thiên tai",
    "Đề nghị cấp Giấy chứng nhận quyền sử dụng đất còn tồn đọng",
    "Kiến nghị về việc chậm chi trả tiền hỗ trợ bồi thường giải phóng mặt bằng",
  ],
  phan_anh: [
    "Phản ánh tình trạng ô nhiễm môi trường do cơ sở chăn nuôi gây ra",
    "Phản ánh việc xây dựng công trình lấn chiếm hành lang giao thông",
    "Phản ánh tình trạng đổ rác thải không đúng nơi quy định",
    "Phản ánh tiếng ồn kéo dài từ xưởng sản xuất trong khu dân cư",
  ],
});

const RESULTS: Record<Handling, string[]> = nfcDeep({
  thu_ly: ["Đã thụ lý, giao phòng chuyên môn xác minh, báo cáo Chủ tịch UBND {cap_don_vi}", "Đã thụ lý giải quyết theo thẩm quyền"],
  chuyen_don: ["Đã chuyển đơn đến cơ quan có thẩm quyền giải quyết", "Đã chuyển đơn đến Công an {cap_don_vi} xem xét theo thẩm quyền"],
  huong_dan: ["Đã hướng dẫn công dân gửi đơn đến cơ quan có thẩm quyền", "Đã giải thích, hướng dẫn công dân thực hiện theo quy định"],
  tra_loi: ["Đã trả lời trực tiếp, công dân đồng ý", "Đã trả lời, giải thích chính sách cho công dân"],
});

type SessionKind = "thuong_xuyen" | "dinh_ky" | "dot_xuat";

function classify(rng: Random): [Classification, ComplaintKind] {
  const r = rng.next();
  if (r < 0.22) return ["khieu_nai", "khieu_nai"];
  if (r < 0.3) return ["to_cao", "to_cao"];
  return ["kien_nghi_phan_anh", rng.chance(0.55) ? "kien_nghi" : "phan_anh"];
}

function handle(rng: Random): Handling {
  const r = rng.next();
  return r < 0.22 ? "thu_ly" : r < 0.32 ? "chuyen_don" : r < 0.7 ? "huong_dan" : "tra_loi";
}

/** Working days the law gives to settle each kind, roughly. */
const SETTLE_DAYS: Record<ComplaintKind, [number, number]> = { khieu_nai: [20, 40], to_cao: [25, 45], kien_nghi: [8, 20], phan_anh: [5, 15] };

/**
 * The reception book: ordinary sessions at the office a few times a month,
 * the Chairman's monthly session, and now and then an extraordinary one. What
 * is taken up (thụ lý) becomes a complaint; letters by post add a few more.
 */
export function insertReceptions(ctx: DemoContext, roster: Roster): void {
  const rng = ctx.random("reception");
  const { calendar } = ctx;
  const hostFor = (kind: SessionKind) =>
    kind === "thuong_xuyen"
      ? `${roster.receptionOfficer} - Công chức Văn phòng HĐND và UBND`
      : kind === "dinh_ky"
        ? `${roster.chairman} - Chủ tịch ${ctx.place.committee}`
        : `${rng.chance(0.6) ? roster.chairman : roster.viceChairman} - Lãnh đạo ${ctx.place.committee}`;

  for (const month of calendar.months()) {
    const sessions: [number, SessionKind][] = [];
    for (let k = rng.int(2, 5); k > 0; k--) sessions.push([calendar.inMonth(month, rng.int(1, 28)), "thuong_xuyen"]);
    // The Chairman receives citizens on the 15th, or the next working day.
    sessions.push([calendar.inMonth(month, 15), "dinh_ky"]);
    if (rng.chance(0.3)) sessions.push([calendar.inMonth(month, rng.int(1, 28)), "dot_xuat"]);
    sessions.sort((a, b) => a[0] - b[0]);

    for (const [day, kind] of sessions) {
      if (day > calendar.untilDay) continue;
      const visitors = kind === "dinh_ky" ? rng.int(0, 3) : 1;
      for (let v = 0; v < visitors; v++) {
        const citizen = person(rng, ctx.place, 25, 80);
        const [classification, complaintKind] = classify(rng);
        const handling = handle(rng);
        const content = rng.pick(CONTENTS[complaintKind]);
        const { id } = ctx.db
          .insert(receptions)
          .values({
            date: calendar.date(day),
            sessionKind: kind,
            host: hostFor(kind),
            citizenName: citizen.name,
            citizenAddress: citizen.address,
            citizenIdNumber: citizenIdNumber(rng, citizen),
            peopleCount: kind === "dot_xuat" && rng.chance(0.5) ? rng.int(3, 12) : rng.chance(0.15) ? 2 : 1,
            content,
            classification,
            handling,
            result: wordedFor(ctx.place, rng.pick(RESULTS[handling])),
            batchId: ctx.batchId,
          })
          .returning({ id: receptions.id })
          .get();
        if (handling === "thu_ly") insertComplaint(ctx, rng, day, complaintKind, citizen.name, citizen.address, content, true, id);
      }
    }
    if (rng.chance(0.6)) {
      const day = calendar.inMonth(month, rng.int(1, 28));
      if (day <= calendar.untilDay) {
        const sender = person(rng, ctx.place, 25, 80);
        const [, kind] = classify(rng);
        insertComplaint(ctx, rng, day, kind, sender.name, sender.address, rng.pick(CONTENTS[kind]), rng.chance(0.75), null);
      }
    }
  }
}

function insertComplaint(
  ctx: DemoContext,
  rng: Random,
  day: number,
  kind: ComplaintKind,
  senderName: string,
  senderAddress: string,
  content: string,
  withinCompetence: boolean,
  receptionId: number | null,
): void {
  const { calendar } = ctx;
  const [min, max] = SETTLE_DAYS[kind];
  const settledDay = withinCompetence && rng.chance(0.94) ? calendar.addWorkingDays(day, rng.int(min, max)) : null;
  const settled = settledDay !== null && settledDay <= calendar.untilDay;
  ctx.db
    .insert(complaints)
    .values({
      receivedDate: calendar.date(day),
      kind,
      senderName,
      senderAddress,
      content,
      withinCompetence,
      resolvedDate: settled ? calendar.date(settledDay) : null,
      result: !withinCompetence ? "Không thuộc thẩm quyền; đã chuyển đơn đến cơ quan có thẩm quyền" : settled ? "Đã giải quyết, ban hành văn bản trả lời" : "Đang xác minh, giải quyết",
      receptionId,
      batchId: ctx.batchId,
    })
    .run();
}
