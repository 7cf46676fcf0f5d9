import { nfcDeep } from "../../shared/text";
import { communicationItems } from "../../db/schema";
import { departmentOf, type DemoContext } from "./context";
import { wordedFor } from "./place";

type Kind = "tin_bai" | "phong_su" | "phat_thanh" | "hoi_nghi" | "pano_khau_hieu" | "khac";

/** [kind, title, channel, how many a month on average] */
const ITEMS: [kind: Kind, title: string, channel: string, perMonth: number][] = nfcDeep([
  ["phat_thanh", "Tuyên truyền về dịch vụ công trực tuyến toàn trình", "Đài truyền thanh {cap_don_vi}", 1.2],
  ["phat_thanh", "Hướng dẫn người dân kích hoạt, sử dụng tài khoản định danh điện tử VNeID", "Đài truyền thanh {cap_don_vi}", 0.8],
  ["phat_thanh", "Tuyên truyền thanh toán trực tuyến phí, lệ phí thủ tục hành chính", "Đài truyền thanh {cap_don_vi}", 0.5],
  ["tin_bai", "Tin hoạt động của Trung tâm Phục vụ hành chính công {cap_don_vi}", "Trang thông tin điện tử {cap_don_vi}", 1],
  ["tin_bai", "Bài viết: Đẩy mạnh cải cách hành chính, nâng cao sự hài lòng của người dân", "Trang thông tin điện tử {cap_don_vi}", 0.4],
  ["tin_bai", "Tin: Kết quả giải quyết thủ tục hành chính trong tháng", "Trang Zalo OA của UBND {cap_don_vi}", 0.8],
  ["phong_su", "Phóng sự: Một ngày tại Trung tâm Phục vụ hành chính công {cap_don_vi}", "Đài truyền thanh {cap_don_vi}", 0.1],
  ["hoi_nghi", "Hội nghị triển khai nhiệm vụ cải cách hành chính", "Hội trường UBND {cap_don_vi}", 0.15],
  ["hoi_nghi", "Hội nghị đối thoại với người dân về thủ tục hành chính", "Hội trường UBND {cap_don_vi}", 0.1],
  ["pano_khau_hieu", "Pano, khẩu hiệu tuyên truyền cải cách hành chính", "Trụ sở UBND {cap_don_vi}, nhà văn hóa {thon}", 0.08],
  ["khac", "Tờ rơi hướng dẫn nộp hồ sơ trực tuyến", "Trung tâm Phục vụ hành chính công {cap_don_vi}", 0.15],
]);

/** News items, broadcasts, conferences and other ways the commune talks about CCHC: a few a month. */
export function insertCommunication(ctx: DemoContext): void {
  const rng = ctx.random("communication");
  const { calendar } = ctx;
  for (const month of calendar.months()) {
    const planned: [number, (typeof ITEMS)[number]][] = [];
    for (const item of ITEMS) {
      let n = Math.floor(item[3]) + (rng.chance(item[3] % 1) ? 1 : 0);
      while (n-- > 0) planned.push([calendar.inMonth(month, rng.int(1, 28)), item]);
    }
    planned.sort((a, b) => a[0] - b[0]);
    for (const [day, [kind, title, channel]] of planned) {
      if (day > calendar.untilDay) continue;
      ctx.db
        .insert(communicationItems)
        .values({
          date: calendar.date(day),
          kind,
          title: wordedFor(ctx.place, title),
          channel: wordedFor(ctx.place, channel),
          departmentCode: departmentOf(ctx, kind === "hoi_nghi" ? "VHXH" : "TTVH"),
          quantity: kind === "phat_thanh" ? rng.int(4, 12) : kind === "pano_khau_hieu" ? rng.int(2, 8) : kind === "khac" ? rng.int(200, 500) : 1,
        })
        .run();
    }
  }
}
