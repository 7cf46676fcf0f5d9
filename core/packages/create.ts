import type { AppContext } from "../context";
import { localNow } from "../../shared/dates";
import { AppError } from "../../shared/errors";
import { formFileName, packageFileName } from "../exports/file-names";
import { openOutline, type OutlineRequest } from "../outline/open";
import type { ResolvedPeriod } from "../periods";
import { giverName } from "../unit";
import { APP_VERSION } from "../version";
import { packageSha256, sealManifest, writePackage, type UnsealedManifest } from "./container";
import { deadlinePassed, deadlineWords, partDeadline } from "./deadline";
import { checkPartFits, currentPart } from "./department-part";
import { FORM_EDITION, type DepartmentPart } from "./format";
import { sentFiles } from "./package-files";
import { filesCarriedWords, filesLeftOutNotes } from "./sent-files-words";
import { writeXlsxForm } from "./xlsx-form/write";

/** confirmPastDeadline: the clerk sends the part although its deadline has passed. */
export type SendingRequest = OutlineRequest & { departmentCode: string; confirmPastDeadline?: boolean };

/** A .cchc package for a department with the app, or the Excel form for one without it. */
export type SendingFormat = "cchc" | "xlsx";

export interface CreatedPackage {
  fileName: string;
  bytes: Buffer;
  manifest: UnsealedManifest;
  /**
   * files: the evidence files the package carries; filesLeftOut: those that
   * did not fit in it; filesUnreadable: those missing or damaged on this
   * machine (all none in the Excel form, which carries no file).
   */
  counts: { figures: number; texts: number; evidence: number; files: number; filesLeftOut: number; filesUnreadable: number };
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
    throw new AppError(
      "package_department",
      `Đề cương "${source.outline.name}" không giao phần nào cho phòng ban "${input.departmentCode}" (các phòng được giao: ${source.outline.departments.join(", ")}).`,
    );
  }
  const { filled, part } = currentPart(ctx, source, period, input.departmentCode);
  checkPartFits(part);
  const department = filled.departments.find((d) => d.code === input.departmentCode)!;
  const handSet = ctx.store.sqlite
    .prepare<[string, string, string, string], string | null>("SELECT deadline FROM report_assignments WHERE outline_id = ? AND period_from = ? AND period_to = ? AND department_code = ?")
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
    createdBy: giverName(ctx),
    createdAt: localNow(ctx.now()),
    deadline: partDeadline(source, period, handSet).deadline,
  };
  return { outlineId: source.outline.id, period, manifest, part };
}

const countsOf = (part: DepartmentPart, files?: { carried: number; leftOut: number; unreadable: number }): CreatedPackage["counts"] => ({
  figures: part.figures.length,
  texts: part.texts.length,
  evidence: part.evidence.length,
  files: files?.carried ?? 0,
  filesLeftOut: files?.leftOut ?? 0,
  filesUnreadable: files?.unreadable ?? 0,
});

function packageFile(ctx: AppContext, { manifest, part }: Sending): CreatedPackage {
  const { department, unit, window } = manifest;
  const sent = sentFiles(ctx, part);
  return {
    fileName: packageFileName(department.code, unit.name, window.label),
    bytes: writePackage(manifest, sent.part, sent.files),
    manifest,
    counts: countsOf(part, { carried: sent.files.size, leftOut: sent.leftOut, unreadable: sent.unreadable }),
  };
}

async function formFile({ manifest, part }: Sending): Promise<CreatedPackage> {
  const { department, unit, window } = manifest;
  const sealed = { ...sealManifest(manifest, part), formEdition: FORM_EDITION };
  return { fileName: formFileName(department.code, unit.name, window.label), bytes: await writeXlsxForm(sealed, part), manifest, counts: countsOf(part) };
}

/** The history's line for a sending: "12 số liệu, 3 nội dung, 5 mục minh chứng, 2 tệp đính kèm". */
function summaryOf(counts: CreatedPackage["counts"]): string {
  const notes = filesLeftOutNotes(counts);
  const carried = filesCarriedWords(counts);
  return `${counts.figures} số liệu, ${counts.texts} nội dung, ${counts.evidence} mục minh chứng${carried ? `, ${carried}` : ""}${notes.length > 0 ? ` (${notes.join("; ")})` : ""}`;
}

/** Records the package made, in one transaction: the assignment, an entry in the history; whether it has gone is the outbox's to say (sending.ts). */
function recordSending(ctx: AppContext, sending: Sending, file: CreatedPackage): CreatedPackage {
  const { outlineId, period, manifest } = sending;
  const { fileName, bytes } = file;
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
    sqlite
      .prepare("INSERT INTO package_events (assignment_id, direction, file_name, file_sha256, sender, summary, at) VALUES (?, 'gui', ?, ?, ?, ?, ?)")
      .run(id, fileName, packageSha256(bytes), manifest.createdBy, summaryOf(file.counts), manifest.createdAt);
  })();
  return file;
}

/**
 * Sends one department its part of a report: the file is made, handed to
 * `deliver` to be written where it goes, and the sending recorded only once
 * that succeeded: a file that could not be written (a full disk, a missing
 * folder) is never marked sent. A part whose deadline has passed is sent
 * only when the request confirms it.
 */
export async function sendDepartmentPart(ctx: AppContext, input: SendingRequest, format: SendingFormat, deliver: (file: CreatedPackage) => Promise<unknown> | unknown): Promise<CreatedPackage> {
  const sending = partToSend(ctx, input);
  const { deadline, department } = sending.manifest;
  if (deadline !== null && deadlinePassed(deadline, ctx.now()) && !input.confirmPastDeadline) {
    throw new AppError("package_past_deadline", `Hạn gửi phần việc của ${department.name} là ${deadlineWords(deadline)}, đã qua. Hãy đặt hạn mới cho phòng (Đặt hạn…) hoặc xác nhận vẫn tạo gói.`);
  }
  const file = format === "xlsx" ? await formFile(sending) : packageFile(ctx, sending);
  await deliver(file);
  return recordSending(ctx, sending, file);
}

/** The .cchc package in memory, the sending recorded at once: for a caller that keeps the bytes itself. */
export function createDepartmentPackage(ctx: AppContext, input: SendingRequest): CreatedPackage {
  const sending = partToSend(ctx, input);
  return recordSending(ctx, sending, packageFile(ctx, sending));
}

/** The Excel form in memory, the sending recorded at once: for a caller that keeps the bytes itself. */
export async function createDepartmentForm(ctx: AppContext, input: SendingRequest): Promise<CreatedPackage> {
  const sending = partToSend(ctx, input);
  return recordSending(ctx, sending, await formFile(sending));
}
