import { statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { AppError } from "../../shared/errors";
import { fillFormRemembering } from "../../core/forms/form-mappings";
import type { FillResult } from "../../core/forms/fill-form";
import type { RowMapping } from "../../core/forms/row-matching";
import { formatFigure } from "../../core/indicators/format";
import { buildReport } from "../../core/indicators/report";
import { reportRows, type Report } from "../../core/indicators/report-types";
import { rejectUnknown, requireOption, stringOption, type ParsedArgs } from "../args";
import { readUserFile, wantsJson, type CliIO } from "../io";
import { withContext } from "../open-store";
import { keepInOutbox, outboxLine } from "../outbox-copy";
import { REPORT_OPTIONS, reportOptions, warnIfNoEstimate } from "../report-options";

const MAP_EXAMPLE = "--map 17=tthc.ho_so.qua_han,33=tthc.pakn.ky_truoc+tthc.pakn.tiep_nhan_moi,20=-";

/** --map "17=tthc.ho_so.qua_han,33=a+b,20=-": form row → indicator code, codes to add up joined by "+", "-" for a row to leave. */
function mapOption(args: ParsedArgs): RowMapping | undefined {
  const text = stringOption(args, "map");
  if (text === undefined) return undefined;
  const mapping: RowMapping = {};
  for (const pair of text
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean)) {
    const m = /^(\d+)\s*=\s*([^\s+=]*(?:\s*\+\s*[^\s+=]+)*)$/.exec(pair);
    if (!m) throw new AppError("usage", `--map cần dạng DÒNG=MÃ hoặc DÒNG=MÃ+MÃ (cộng số liệu các chỉ tiêu), các cặp cách nhau bằng dấu phẩy, ví dụ ${MAP_EXAMPLE} (nhận được "${pair}").`);
    const chosen = m[2]!.replace(/\s+/g, "");
    mapping[Number(m[1])] = chosen === "-" || chosen === "" ? null : chosen;
  }
  return mapping;
}

const isSameFile = (a: string, b: string) => {
  if (a === b) return true;
  try {
    const [x, y] = [statSync(a), statSync(b)];
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
};

function writeOut(file: string, bytes: Buffer): void {
  try {
    writeFileSync(file, bytes);
  } catch (e) {
    throw new AppError("fill_form_out", `Không ghi được tệp "${file}" (${(e as Error).message}); nếu tệp đang mở trong Excel, hãy đóng lại rồi chạy lại lệnh.`);
  }
}

const quoted = (label: string) => `“${label}”`;

/** The result as a clerk reads it: what was filled (stdout), and what was not and how to fix it (stderr). */
/** How a filled row got its figure, when that is worth saying. */
function filledNote(f: FillResult["filled"][number]): string {
  const notes = [
    ...(f.codes.length > 1 ? [`tổng ${f.codes.join(" + ")}`] : []),
    ...(f.how === "mapping" ? ["theo lựa chọn của người dùng"] : []),
    ...(f.missing.length ? [`để trống vì chưa có số liệu ${f.missing.join(", ")}`] : []),
  ];
  return notes.length ? ` (${notes.join("; ")})` : "";
}

function printResult(io: CliIO, r: FillResult, source: Report, out: string): void {
  const unitOf = new Map(reportRows(source).map((row) => [row.code, row.unit]));
  const empty = r.filled.filter((f) => f.value === null).length;
  io.out(
    [
      `Đã điền ${r.filled.length - empty} dòng vào cột ${r.valueColumn} của trang "${r.sheetName}" (${source.period.label}${source.withEstimate ? ", ước đạt" : ""}); tệp đã ghi: ${out}` +
        (empty ? `; ${empty} dòng chưa có số liệu nên để trống.` : "."),
      ...r.filled.map((f) => `  dòng ${f.row} ${quoted(f.label)}: ${formatFigure(f.value, unitOf.get(f.codes[0]!)!)}${filledNote(f)}`),
      ...r.placeholders.map((p) => `  ô ${p.cell}: ${quoted(p.text)}`),
    ].join("\n"),
  );
  const problems: string[] = [];
  if (r.kept.length) problems.push(`Giữ nguyên ${r.kept.length} ô số liệu có sẵn nội dung của biểu mẫu: ${r.kept.map((k) => `dòng ${k.row} ${quoted(k.label)} (${k.reason})`).join("; ")}.`);
  if (r.ambiguous.length) {
    problems.push(`${r.ambiguous.length} dòng chưa xác định:`, ...r.ambiguous.map((a) => `  dòng ${a.row} ${quoted(a.label)} (có thể là: ${a.candidates.join(", ")})`));
  }
  if (r.unmatched.length) problems.push(`${r.unmatched.length} dòng không nhận ra là chỉ tiêu nào:`, ...r.unmatched.map((u) => `  dòng ${u.row} ${quoted(u.label)}`));
  if (r.provinceOnly.length) {
    problems.push(
      `${r.provinceOnly.length} dòng là chỉ tiêu riêng của biểu mẫu tỉnh, không có trong Phụ lục 3 (ứng dụng không có số liệu, hãy tự ghi):`,
      ...r.provinceOnly.map((u) => `  dòng ${u.row} ${quoted(u.label)}`),
    );
  }
  if (r.ambiguous.length || r.unmatched.length || r.provinceOnly.length) {
    problems.push(`Chọn chỉ tiêu cho các dòng này bằng --map DÒNG=MÃ hoặc DÒNG=MÃ+MÃ (ví dụ ${MAP_EXAMPLE}; "-" để bỏ qua dòng), thêm --save-mapping để ghi nhớ cho biểu mẫu này.`);
  }
  if (problems.length) io.err(problems.join("\n"));
}

/**
 * `cchc fill-form FORM.xlsx --period P --out F.xlsx`: the province's own
 * Phụ lục 3 form with the period's figures written into it. Exit 1 when some
 * rows could not be told apart, were not recognised or are the province's
 * own (the clerk writes those by hand).
 */
export async function runFillForm(args: ParsedArgs, io: CliIO): Promise<number> {
  rejectUnknown(args, [...REPORT_OPTIONS, "out", "map", "save-mapping"]);
  const [form, ...extra] = args.positionals;
  if (!form || extra.length > 0) {
    throw new AppError("usage", `Cần chỉ rõ một tệp biểu mẫu .xlsx của tỉnh (ví dụ: cchc fill-form "Biểu 3.xlsx" --period 2025-Q3 --out "Biểu 3 - đã điền.xlsx").`);
  }
  requireOption(args, "period", "2025-Q1");
  const input = path.resolve(form);
  const out = path.resolve(requireOption(args, "out", '"Biểu 3 - đã điền.xlsx"'));
  if (isSameFile(input, out)) throw new AppError("fill_form_out", `Tệp ghi ra (--out) phải khác tệp biểu mẫu "${form}": biểu mẫu gốc được giữ nguyên để dùng cho các kỳ sau.`);
  if (path.extname(out).toLowerCase() !== ".xlsx") throw new AppError("fill_form_out", `Tệp ghi ra phải có đuôi .xlsx (nhận được "${path.basename(out)}").`);
  const mapping = mapOption(args);
  const bytes = readUserFile(input, form, "Tệp biểu mẫu");
  return withContext(
    args,
    async (ctx) => {
      const options = reportOptions(ctx, args);
      warnIfNoEstimate(io, options);
      const source = buildReport(ctx, options.period, options);
      const result = await fillFormRemembering(ctx, { fileName: path.basename(input), bytes }, source, { mapping, saveMapping: args.options.get("save-mapping") === true });
      writeOut(out, result.bytes);
      const outbox = keepInOutbox(ctx, io, out, "bieu_mau_tinh", source.period);
      if (wantsJson(args)) {
        const { bytes: _bytes, signature: _signature, ...shown } = result;
        io.out(JSON.stringify({ file: out, period: { from: source.period.from, to: source.period.to, estimateTo: source.period.estimateTo }, ...shown, outbox }));
      } else {
        printResult(io, result, source, out);
        outboxLine(outbox).forEach(io.out);
      }
      return result.ambiguous.length || result.unmatched.length || result.provinceOnly.length ? 1 : 0;
    },
    { mustExist: true },
  );
}
