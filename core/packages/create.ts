import type { AppContext } from "../context";
import { localNow } from "../dates";
import { AppError } from "../errors";
import { activeCatalogue } from "../indicators/active-catalogue";
import { buildReport } from "../indicators/report";
import { formFileName, packageFileName } from "../exports/file-names";
import { fillOutline } from "../outline/fill";
import { openOutline, type OutlineRequest } from "../outline/open";
import type { ResolvedPeriod } from "../periods";
import { APP_VERSION } from "../version";
import { packageSha256, sealManifest, writePackage, type UnsealedManifest } from "./container";
import { partDeadline } from "./deadline";
import { departmentPart } from "./department-part";
import type { DepartmentPart } from "./format";
import { writeXlsxForm } from "./xlsx-form/write";

export type SendingRequest = OutlineRequest & { departmentCode: string };

export interface CreatedPackage {
  fileName: string;
  bytes: Buffer;
  manifest: UnsealedManifest;
  counts: { figures: number; texts: number; evidence: number };
}

interface Sending {
  outlineId: string;
  period: ResolvedPeriod;
  manifest: UnsealedManifest;
  part: DepartmentPart;
}

/** One department's part of a report as the app has it now: the figures of its Phụ lục 3 column, its outline texts, its evidence items. */
function partToSend(ctx: AppContext, input: SendingRequest): Sending {
  const { source, period } = openOutline(ctx, input);
  if (!source.outline.departments.includes(input.departmentCode)) {
    throw new AppError("package_department", `Đề cương "${source.outline.name}" không giao phần nào cho phòng ban "${input.departmentCode}" (các phòng được giao: ${source.outline.departments.join(", ")}).`);
  }
  const report = buildReport(ctx, period, { catalogue: activeCatalogue(ctx) });
  const filled = fillOutline(ctx, source, period, report);
  const department = filled.departments.find((d) => d.code === input.departmentCode)!;
  const handSet = ctx.store.sqlite
    .prepare<[string, string, string, string], string | null>(
      "SELECT deadline FROM report_assignments WHERE outline_id = ? AND period_from = ? AND period_to = ? AND department_code = ?",
    )
    .pluck()
    .get(source.outline.id, period.from, period.to, input.departmentCode);
  const unitName = filled.unit?.name ?? "";
  if (!unitName) throw new AppError("unit_missing", "Chưa có thông tin đơn vị: hãy nhập tên đơn vị ở trang Cài đặt trước khi gửi gói cho phòng ban.");
  const manifest: UnsealedManifest = {
    appVersion: APP_VERSION,
    unit: { name: unitName },
    window: { spec: period.spec, from: period.from, to: period.to, label: period.label },
    outline: { id: source.outline.id, name: source.outline.name },
    department: { code: department.code, name: department.name },
    direction: "giao",
    createdBy: ctx.userName,
    createdAt: localNow(ctx.now()),
    deadline: partDeadline(source, period, handSet).deadline,
  };
  return { outlineId: source.outline.id, period, manifest, part: departmentPart(filled, report, input.departmentCode) };
}

/** Records the sending in one transaction: the assignment marked "đã gửi", an entry in the history. */
function recordSending(ctx: AppContext, sending: Sending, fileName: string, bytes: Buffer): CreatedPackage {
  const { outlineId, period, manifest, part } = sending;
  const sqlite = ctx.store.sqlite;
  sqlite.transaction(() => {
    sqlite
      .prepare(
        `INSERT INTO report_assignments (outline_id, period_from, period_to, department_code) VALUES (?, ?, ?, ?)
         ON CONFLICT (outline_id, period_from, period_to, department_code) DO NOTHING`,
      )
      .run(outlineId, period.from, period.to, manifest.department.code);
    const id = sqlite
      .prepare<[string, string, string, string], number>("SELECT id FROM report_assignments WHERE outline_id = ? AND period_from = ? AND period_to = ? AND department_code = ?")
      .pluck()
      .get(outlineId, period.from, period.to, manifest.department.code)!;
    sqlite.prepare("UPDATE report_assignments SET status = 'da_gui', sent_at = ? WHERE id = ?").run(manifest.createdAt, id);
    sqlite
      .prepare("INSERT INTO package_events (assignment_id, direction, file_name, file_sha256, sender, summary, at) VALUES (?, 'gui', ?, ?, ?, ?, ?)")
      .run(id, fileName, packageSha256(bytes), ctx.userName, `${part.figures.length} số liệu, ${part.texts.length} nội dung, ${part.evidence.length} mục minh chứng`, manifest.createdAt);
  })();
  return { fileName, bytes, manifest, counts: { figures: part.figures.length, texts: part.texts.length, evidence: part.evidence.length } };
}

/** The .cchc package that sends one department its part of a report; the sending is recorded. */
export function createDepartmentPackage(ctx: AppContext, input: SendingRequest): CreatedPackage {
  const sending = partToSend(ctx, input);
  const { department, unit, window } = sending.manifest;
  return recordSending(ctx, sending, packageFileName(department.code, unit.name, window.label), writePackage(sending.manifest, sending.part));
}

/** The same part as an Excel form, for a department without the app; the sending is recorded. */
export async function createDepartmentForm(ctx: AppContext, input: SendingRequest): Promise<CreatedPackage> {
  const sending = partToSend(ctx, input);
  const { department, unit, window } = sending.manifest;
  const bytes = await writeXlsxForm(sealManifest(sending.manifest, sending.part), sending.part);
  return recordSending(ctx, sending, formFileName(department.code, unit.name, window.label), bytes);
}
