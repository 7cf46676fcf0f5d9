import type { AppContext } from "../context";
import { localNow } from "../dates";
import { AppError } from "../errors";
import { activeCatalogue } from "../indicators/active-catalogue";
import { buildReport } from "../indicators/report";
import { packageFileName } from "../exports/file-names";
import { fillOutline } from "../outline/fill";
import { openOutline, type OutlineRequest } from "../outline/open";
import { APP_VERSION } from "../version";
import { packageSha256, writePackage } from "./container";
import { partDeadline } from "./deadline";
import { departmentPart } from "./department-part";
import type { PackageManifest } from "./format";

export interface CreatedPackage {
  fileName: string;
  bytes: Buffer;
  manifest: Omit<PackageManifest, "entries" | "format" | "formatVersion">;
  counts: { figures: number; texts: number; evidence: number };
}

/**
 * The package that sends one department its part of a report: the figures of
 * its Phụ lục 3 column, the outline items it writes and the items expecting
 * evidence, as the app has them now. The sending is recorded (the assignment
 * marked "đã gửi", an entry in the history) in one transaction.
 */
export function createDepartmentPackage(ctx: AppContext, input: OutlineRequest & { departmentCode: string }): CreatedPackage {
  const { source, period } = openOutline(ctx, input);
  if (!source.outline.departments.includes(input.departmentCode)) {
    throw new AppError("package_department", `Đề cương "${source.outline.name}" không giao phần nào cho phòng ban "${input.departmentCode}" (các phòng được giao: ${source.outline.departments.join(", ")}).`);
  }
  const report = buildReport(ctx, period, { catalogue: activeCatalogue(ctx) });
  const filled = fillOutline(ctx, source, period, report);
  const department = filled.departments.find((d) => d.code === input.departmentCode)!;
  const part = departmentPart(filled, report, input.departmentCode);
  const sqlite = ctx.store.sqlite;
  const assignment = sqlite
    .prepare<[string, string, string, string], { id: number; deadline: string | null }>(
      "SELECT id, deadline FROM report_assignments WHERE outline_id = ? AND period_from = ? AND period_to = ? AND department_code = ?",
    )
    .get(source.outline.id, period.from, period.to, input.departmentCode);
  const manifest: CreatedPackage["manifest"] = {
    appVersion: APP_VERSION,
    unit: { name: filled.unit?.name ?? "" },
    window: { spec: period.spec, from: period.from, to: period.to, label: period.label },
    outline: { id: source.outline.id, name: source.outline.name },
    department: { code: department.code, name: department.name },
    direction: "giao",
    createdBy: ctx.userName,
    createdAt: localNow(ctx.now()),
    deadline: partDeadline(source, period, assignment?.deadline).deadline,
  };
  if (!manifest.unit.name) throw new AppError("unit_missing", "Chưa có thông tin đơn vị: hãy nhập tên đơn vị ở trang Cài đặt trước khi gửi gói cho phòng ban.");
  const bytes = writePackage(manifest, part);
  const fileName = packageFileName(department.code, manifest.unit.name, period.label);
  sqlite.transaction(() => {
    const id =
      assignment?.id ??
      Number(
        sqlite
          .prepare("INSERT INTO report_assignments (outline_id, period_from, period_to, department_code) VALUES (?, ?, ?, ?)")
          .run(source.outline.id, period.from, period.to, input.departmentCode).lastInsertRowid,
      );
    sqlite.prepare("UPDATE report_assignments SET status = 'da_gui', sent_at = ? WHERE id = ?").run(manifest.createdAt, id);
    sqlite
      .prepare("INSERT INTO package_events (assignment_id, direction, file_name, file_sha256, sender, summary, at) VALUES (?, 'gui', ?, ?, ?, ?, ?)")
      .run(id, fileName, packageSha256(bytes), ctx.userName, `${part.figures.length} số liệu, ${part.texts.length} nội dung, ${part.evidence.length} mục minh chứng`, manifest.createdAt);
  })();
  return { fileName, bytes, manifest, counts: { figures: part.figures.length, texts: part.texts.length, evidence: part.evidence.length } };
}
