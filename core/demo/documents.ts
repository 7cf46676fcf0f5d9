import { formatDateVi, isoDate, type IsoDate } from "../../shared/dates";
import { nfcDeep } from "../../shared/text";
import { documents, evidenceLinks } from "../../db/schema";
import { clock, TWO_TIER_START } from "./calendar";
import { departmentOf, type DemoContext } from "./context";
import type { Series } from "./numbering";
import { wordedFor } from "./place";
import { evidencePdf } from "./evidence-pdf";
import { filesFolderOf, keepSealed, seal, sealingKey, sha256Of, storedNameFor } from "../attachments/blob-store";
import { callerFileName } from "../safe-file-name";

/** The outline whose items the 2025 documents are linked to as evidence (de-cuong-kiem-tra-2025.md). */
const OUTLINE_2025 = "de-cuong-kiem-tra-2025";

const KIND_OF_SERIES: Record<Series, string> = {
  UBND: "Công văn",
  "QĐ-UBND": "Quyết định",
  "KH-UBND": "Kế hoạch",
  "BC-UBND": "Báo cáo",
  "TB-UBND": "Thông báo",
  "QĐ-UBND-QPPL": "Quyết định",
  "NQ-HĐND-QPPL": "Nghị quyết",
};

/**
 * [month, day or 0 for any, series, drafting department, summary, outline items].
 * In summaries {Y} is the year, {Y0} the year before, {Y1} the year after,
 * {xa} "xã Cẩm Giang", {ubnd} "UBND xã Cẩm Giang", {tinh} "thành phố", and the
 * words of place.ts's wordedFor ({cap_don_vi} "xã").
 */
type Template = [month: number, day: number, series: Series, department: string, summary: string, evidence: string[]];

/** What the new commune issued in its first months. */
const FIRST_MONTHS_2025: Template[] = [
  [7, 1, "QĐ-UBND", "VP", "Về việc thành lập Trung tâm Phục vụ hành chính công {xa}", ["II.2"]],
  [7, 2, "QĐ-UBND", "VP", "Ban hành Quy chế làm việc của {ubnd} nhiệm kỳ 2021 - 2026", ["II.3"]],
  [7, 0, "QĐ-UBND", "VHXH", "Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Văn phòng HĐND và UBND {xa}", ["II.3"]],
  [7, 0, "QĐ-UBND", "VHXH", "Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Phòng Văn hóa - Xã hội {xa}", ["II.3"]],
  [7, 0, "QĐ-UBND", "VHXH", "Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Phòng Kinh tế {xa}", ["II.3"]],
  [7, 0, "QĐ-UBND", "TTPVHCC", "Ban hành Quy chế tổ chức và hoạt động của Trung tâm Phục vụ hành chính công {xa}", ["II.2"]],
  [7, 0, "QĐ-UBND", "TTPVHCC", "Về việc kiện toàn Bộ phận Một cửa tại Trung tâm Phục vụ hành chính công {xa}", ["II.2"]],
  [7, 0, "QĐ-UBND", "TTPVHCC", "Công bố danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của {ubnd}", ["II.2"]],
  [7, 18, "KH-UBND", "VHXH", "Kế hoạch cải cách hành chính năm 2025 của {ubnd}", ["I.1"]],
  [7, 0, "QĐ-UBND", "VP", "Ban hành Quy chế tiếp công dân của {ubnd}", ["I.3"]],
  [7, 0, "UBND", "VP", "Về việc triển khai Kế hoạch số 164/KH-UBND ngày 12/7/2025 của UBND {tinh} về phân định thẩm quyền, phân quyền, phân cấp", ["II.3"]],
  [8, 0, "KH-UBND", "TTVH", "Kế hoạch thông tin, tuyên truyền cải cách hành chính năm 2025", ["I.2"]],
  [8, 0, "KH-UBND", "VHXH", "Kế hoạch kiểm tra công tác cải cách hành chính năm 2025", ["I.1"]],
  [8, 0, "KH-UBND", "VP", "Kế hoạch rà soát văn bản quy phạm pháp luật do HĐND, UBND các {cap_don_vi} cũ ban hành", ["II.1"]],
  [8, 0, "QĐ-UBND", "VHXH", "Về việc phân công nhiệm vụ các thành viên {ubnd} nhiệm kỳ 2021 - 2026", []],
  [9, 0, "QĐ-UBND-QPPL", "VP", "Ban hành Quy định quản lý trật tự xây dựng trên địa bàn {xa}", ["II.1"]],
  [9, 0, "NQ-HĐND-QPPL", "VP", "Quy định mức chi bảo đảm cho công tác hòa giải ở cơ sở trên địa bàn {xa}", ["II.1"]],
];

/** What recurs every year. */
const EVERY_YEAR: Template[] = [
  [1, 0, "KH-UBND", "VHXH", "Kế hoạch kiểm tra công tác cải cách hành chính năm {Y}", ["I.1"]],
  [1, 0, "KH-UBND", "TTVH", "Kế hoạch thông tin, tuyên truyền cải cách hành chính năm {Y}", ["I.2"]],
  [1, 0, "KH-UBND", "VP", "Kế hoạch kiểm tra, rà soát, hệ thống hóa văn bản quy phạm pháp luật năm {Y}", ["II.1"]],
  [1, 0, "KH-UBND", "TTPVHCC", "Kế hoạch kiểm soát thủ tục hành chính năm {Y}", ["II.2"]],
  [1, 0, "KH-UBND", "VHXH", "Kế hoạch chuyển đổi số năm {Y} của {ubnd}", ["II.6"]],
  [1, 0, "BC-UBND", "VHXH", "Báo cáo tự đánh giá, chấm điểm xác định Chỉ số cải cách hành chính năm {Y0}", ["I.1"]],
  [2, 0, "KH-UBND", "TTPVHCC", "Kế hoạch đo lường sự hài lòng của người dân, doanh nghiệp đối với sự phục vụ của cơ quan hành chính năm {Y}", ["II.2"]],
  [2, 0, "TB-UBND", "TTPVHCC", "Thông báo kết quả đánh giá việc giải quyết thủ tục hành chính năm {Y0}", ["II.2"]],
  [3, 0, "BC-UBND", "VHXH", "Báo cáo kết quả công tác cải cách hành chính quý I năm {Y}", ["I.1"]],
  [3, 0, "BC-UBND", "TTPVHCC", "Báo cáo tình hình, kết quả giải quyết thủ tục hành chính quý I năm {Y}", ["II.2"]],
  [3, 0, "UBND", "VHXH", "Về việc đôn đốc thực hiện nhiệm vụ cải cách hành chính năm {Y}", ["I.1"]],
  [3, 0, "QĐ-UBND-QPPL", "VP", "Ban hành Quy định về quản lý, sử dụng nhà văn hóa thôn, khu dân cư trên địa bàn {xa}", ["II.1"]],
  [4, 0, "TB-UBND", "VP", "Thông báo lịch tiếp công dân định kỳ của Chủ tịch {ubnd} quý II năm {Y}", ["I.3"]],
  [4, 0, "UBND", "VHXH", "Về việc tăng cường kỷ luật, kỷ cương hành chính trong thực thi công vụ", ["II.4"]],
  [4, 0, "BC-UBND", "TTPVHCC", "Báo cáo kết quả đo lường sự hài lòng của người dân, doanh nghiệp quý I năm {Y}", ["II.2"]],
  [5, 0, "BC-UBND", "TTPVHCC", "Báo cáo kết quả rà soát, đánh giá thủ tục hành chính năm {Y}", ["II.2"]],
  [5, 0, "KH-UBND", "TTPVHCC", "Kế hoạch triển khai mô hình \u201cDân vận khéo\u201d trong giải quyết thủ tục hành chính năm {Y}", ["I.1"]],
  [6, 0, "BC-UBND", "VHXH", "Báo cáo công tác cải cách hành chính 6 tháng đầu năm {Y}", ["I.1"]],
  [6, 0, "BC-UBND", "VHXH", "Báo cáo kết quả thực hiện Đề án 06 sáu tháng đầu năm {Y}", ["II.6"]],
  [6, 0, "UBND", "TTPVHCC", "Về việc chấn chỉnh, bảo đảm tiếp nhận, giải quyết hồ sơ thủ tục hành chính đúng hạn", ["II.2"]],
  [6, 0, "QĐ-UBND", "VHXH", "Về việc kiện toàn Tổ công tác triển khai Đề án 06 {xa}", ["II.6"]],
  [7, 0, "TB-UBND", "VP", "Thông báo lịch tiếp công dân định kỳ của Chủ tịch {ubnd} quý III năm {Y}", ["I.3"]],
  [8, 0, "UBND", "TTPVHCC", "Về việc đẩy mạnh thanh toán trực tuyến phí, lệ phí giải quyết thủ tục hành chính", ["II.2"]],
  [8, 0, "UBND", "TTPVHCC", "Về việc số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", ["II.2"]],
  [8, 0, "QĐ-UBND", "VHXH", "Về việc thành lập Đoàn kiểm tra công tác cải cách hành chính năm {Y}", ["I.1"]],
  [9, 0, "BC-UBND", "VHXH", "Báo cáo kết quả công tác cải cách hành chính quý III năm {Y}", ["I.1"]],
  [9, 0, "BC-UBND", "KT", "Báo cáo tình hình thực hiện dự toán ngân sách 9 tháng năm {Y}", ["II.5.4", "II.5.5"]],
  [9, 0, "TB-UBND", "VHXH", "Thông báo kết luận kiểm tra công tác cải cách hành chính tại các phòng chuyên môn, Trung tâm Phục vụ hành chính công", ["I.1"]],
  [10, 6, "UBND", "VHXH", "Về việc báo cáo phục vụ kiểm tra công tác cải cách hành chính năm {Y}", ["I.1"]],
  [10, 0, "UBND", "VHXH", "Về việc rà soát, cập nhật cơ sở dữ liệu cán bộ, công chức", ["II.4"]],
  [10, 0, "TB-UBND", "VP", "Thông báo lịch tiếp công dân định kỳ của Chủ tịch {ubnd} quý IV năm {Y}", ["I.3"]],
  [11, 0, "BC-UBND", "VP", "Báo cáo kết quả công tác tiếp công dân, giải quyết khiếu nại, tố cáo năm {Y}", ["I.3"]],
  [11, 0, "BC-UBND", "KT", "Báo cáo tình hình thực hiện cơ chế tự chủ tài chính của các đơn vị sự nghiệp công lập năm {Y}", ["II.5.2", "II.5.3"]],
  [11, 0, "UBND", "TTVH", "Về việc tuyên truyền, hướng dẫn người dân sử dụng dịch vụ công trực tuyến toàn trình", ["I.2"]],
  [12, 24, "KH-UBND", "VHXH", "Kế hoạch cải cách hành chính năm {Y1} của {ubnd}", ["I.1"]],
  [12, 0, "BC-UBND", "VHXH", "Báo cáo kết quả công tác cải cách hành chính năm {Y}", ["I.1"]],
  [12, 0, "BC-UBND", "VHXH", "Báo cáo kết quả chuyển đổi số năm {Y}", ["II.6"]],
  [12, 0, "QĐ-UBND", "KT", "Về việc giao dự toán thu, chi ngân sách năm {Y1}", ["II.5.1", "II.5.4"]],
  [12, 0, "QĐ-UBND", "VHXH", "Về việc công nhận sáng kiến, giải pháp cải cách hành chính năm {Y}", ["I.1"]],
];

/** Letters between the regular ones, about one every two months. */
const OCCASIONAL_LETTERS: [department: string, summary: string][] = [
  ["TTPVHCC", "Về việc tăng cường tiếp nhận, giải quyết hồ sơ thủ tục hành chính trên môi trường điện tử"],
  ["VP", "Về việc hướng dẫn người dân kích hoạt tài khoản định danh điện tử mức độ 2"],
  ["VP", "Về việc rà soát, làm sạch dữ liệu dân cư phục vụ Đề án 06"],
  ["KT", "Về việc thực hiện Chiến dịch làm giàu, làm sạch cơ sở dữ liệu đất đai"],
  ["TTPVHCC", "Về việc niêm yết công khai thủ tục hành chính tại Trung tâm Phục vụ hành chính công"],
  ["VHXH", "Về việc sử dụng chữ ký số trong gửi, nhận văn bản điện tử"],
  ["TTPVHCC", "Về việc đôn đốc xử lý hồ sơ thủ tục hành chính quá hạn"],
  ["TTPVHCC", "Về việc cập nhật, đồng bộ kết quả giải quyết thủ tục hành chính trên Cổng Dịch vụ công quốc gia"],
  ["KT", "Về việc triển khai thanh toán không dùng tiền mặt trong thu phí, lệ phí"],
];

interface PlannedDocument {
  date: IsoDate;
  series: Series;
  department: string;
  summary: string;
  evidence: string[];
}

function plan(ctx: DemoContext): PlannedDocument[] {
  const rng = ctx.random("documents");
  const { calendar, place } = ctx;
  const fill = (s: string, year: number) =>
    wordedFor(place, s)
      .replaceAll("{Y0}", String(year - 1))
      .replaceAll("{Y1}", String(year + 1))
      .replaceAll("{Y}", String(year))
      .replaceAll("{xa}", place.unitLabel)
      .replaceAll("{ubnd}", place.committee)
      .replaceAll("{tinh}", place.provinceLevel);
  const dated = (year: number, month: number, day: number) => {
    const wanted = isoDate(year, month, day || rng.int(3, 26));
    const d = calendar.date(calendar.workingDayOnOrAfter(calendar.dayOf(wanted)));
    return d < TWO_TIER_START ? TWO_TIER_START : d;
  };
  const planned: PlannedDocument[] = [];
  const lastYear = Number(ctx.until.slice(0, 4));
  for (let year = 2025; year <= lastYear; year++) {
    const templates = year === 2025 ? [...FIRST_MONTHS_2025, ...EVERY_YEAR.filter(([month]) => month >= 8)] : EVERY_YEAR;
    for (const [month, day, series, department, summary, evidence] of templates) {
      planned.push({ date: dated(year, month, day), series, department, summary: fill(summary, year), evidence });
    }
    for (let month = year === 2025 ? 7 : 1; month <= 12; month += 2) {
      const [department, summary] = rng.pick(OCCASIONAL_LETTERS);
      planned.push({ date: dated(year, month + rng.int(0, 1), 0), series: "UBND", department, summary, evidence: [] });
    }
  }
  return nfcDeep(planned.filter((d) => d.date <= ctx.until).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)));
}

/** The face of a document as a one-page PDF, standing in for the signed scan an office attaches. */
function documentPdf(ctx: DemoContext, doc: { numberSymbol: string; date: IsoDate; kind: string; summary: string; issuer: string }): Buffer {
  return evidencePdf({
    heading: `${doc.kind.toLocaleUpperCase("vi")} SO ${doc.numberSymbol}`,
    lines: [doc.issuer, `${ctx.place.unitLabel}, ngay ${formatDateVi(doc.date)}`, "", `V/v: ${doc.summary}`, "", "Ban mau do ung dung CCHC Xa tao cho du lieu mau (khong phai van ban that)."],
  });
}

/**
 * Attaches the PDF to the document as the register keeps files (sealed beside
 * the store, core/attachments), dated with the link rather than the clock and
 * not audited, like the rest of the demo's rows.
 */
function attachPdf(ctx: DemoContext, documentId: number, fileName: string, bytes: Buffer, at: string): void {
  const sqlite = ctx.store.sqlite;
  const key = sealingKey(sqlite)!;
  const sha256 = sha256Of(bytes);
  const storedName = storedNameFor(key, sha256);
  keepSealed(filesFolderOf(ctx.store.path), storedName, seal(key, bytes));
  sqlite.prepare("INSERT OR IGNORE INTO attachment_files (sha256, size_bytes, stored_name, created_at) VALUES (?, ?, ?, ?)").run(sha256, bytes.length, storedName, at);
  sqlite.prepare("INSERT INTO document_attachments (document_id, sha256, file_name, added_by, added_at) VALUES (?, ?, ?, ?, ?)").run(documentId, sha256, fileName, ctx.userName, at);
}

/** About one evidence document in eight is left with its entry only, so the binder and Tổng quan show what "chưa có tệp" looks like. */
const WITHOUT_FILE = 0.12;

/**
 * Outgoing documents of the commune from 01/07/2025, numbered per series in
 * date order; the 2025 ones linked to the outline's items, most of those with
 * a small PDF attached.
 */
export function insertDocuments(ctx: DemoContext): void {
  const rng = ctx.random("documents.flags");
  const files = ctx.random("documents.files");
  for (const d of plan(ctx)) {
    const legal = d.series === "QĐ-UBND-QPPL" || d.series === "NQ-HĐND-QPPL";
    const numberSymbol = ctx.numbers.symbol(d.series, d.date, d.department);
    const issuer = d.series === "NQ-HĐND-QPPL" ? `HĐND ${ctx.place.unitLabel}` : ctx.place.committee;
    const { id } = ctx.db
      .insert(documents)
      .values({
        numberSymbol,
        date: d.date,
        kind: KIND_OF_SERIES[d.series],
        issuer,
        summary: d.summary,
        direction: "di",
        isLegalNormative: legal,
        electronic: legal || rng.chance(0.97),
        digitallySigned: legal || rng.chance(0.94),
        departmentCode: departmentOf(ctx, d.department),
        filePath: null,
        batchId: ctx.batchId,
      })
      .returning({ id: documents.id })
      .get();
    if (d.date.startsWith("2025")) {
      const linkedDay = Math.min(ctx.calendar.addWorkingDays(ctx.calendar.dayOf(d.date), rng.int(1, 10)), ctx.calendar.untilDay);
      const linkedAt = d.evidence.map(() => `${ctx.calendar.date(linkedDay)} ${clock(8 * 3600 + rng.int(0, 8 * 3600))}`);
      d.evidence.forEach((itemKey, i) => {
        ctx.db.insert(evidenceLinks).values({ documentId: id, outlineId: OUTLINE_2025, itemKey, linkedBy: ctx.userName, linkedAt: linkedAt[i]! }).run();
      });
      if (d.evidence.length > 0 && !files.chance(WITHOUT_FILE)) {
        const pdf = documentPdf(ctx, { numberSymbol, date: d.date, kind: KIND_OF_SERIES[d.series], summary: d.summary, issuer });
        attachPdf(ctx, id, callerFileName(`${numberSymbol.replace(/\//g, "-")}.pdf`, ["pdf"], "van-ban"), pdf, linkedAt[0]!);
      }
    }
  }
}
