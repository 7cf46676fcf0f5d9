/**
 * The files a department's reply carries, counted before anything is sent:
 * those kept from a reply reopened (each content once) and those picked now,
 * held to what one package holds and, in browser mode, to what one call
 * carries beside the package it answers.
 */
import { formatFileSize, formatMegabytes, UPLOAD_BASE64_CHARS, UPLOAD_FILE_BYTES } from "../../../core/file-size";
import { PACKAGE_LIMITS, sizeAndLimit } from "../../../core/packages/format";
import { formatNumber } from "../../../core/number-format";
import { documentRow, type AddedFile, type DocumentRow, type Draft } from "./draft";

export interface FilesTotal {
  count: number;
  bytes: number;
  /** The part of it picked now, sent with the call. */
  addedBytes: number;
}

export function replyFilesTotal(draft: Draft): FilesTotal {
  const rows = draft.evidence.flat();
  const kept = new Map(rows.flatMap((d) => d.files.map((f) => [f.sha256, f.size] as const)));
  const added = rows.flatMap((d) => d.added);
  const addedBytes = added.reduce((sum, f) => sum + f.size, 0);
  return { count: kept.size + added.length, bytes: [...kept.values()].reduce((sum, s) => sum + s, 0) + addedBytes, addedBytes };
}

const base64Length = (bytes: number) => 4 * Math.ceil(bytes / 3);

/**
 * Why the reply cannot carry its files, or null. `receivedBytes`: the
 * package answered, sent in the same call as the files picked (browser mode:
 * one call carries at most one upload); null where calls have no such limit.
 */
export function replyFilesProblem(total: FilesTotal, receivedBytes: number | null): string | null {
  const fix = "hãy bỏ bớt tệp hoặc nén ảnh quét nhỏ lại rồi lưu lại.";
  if (total.bytes > PACKAGE_LIMITS.filesBytes || total.count > PACKAGE_LIMITS.files) {
    const [shown, max] = sizeAndLimit(total.bytes, PACKAGE_LIMITS.filesBytes);
    return `Các tệp gửi kèm tổng cộng ${shown} (${formatNumber(total.count)} tệp), quá giới hạn ${max} và ${formatNumber(PACKAGE_LIMITS.files)} tệp của một gói: ${fix}`;
  }
  if (receivedBytes !== null && base64Length(receivedBytes) + base64Length(total.addedBytes) > UPLOAD_BASE64_CHARS) {
    return `Gói nhận được (${formatMegabytes(receivedBytes)}) cùng các tệp mới chọn (${formatMegabytes(total.addedBytes)}) vượt quá ${formatMegabytes(UPLOAD_FILE_BYTES)} ứng dụng nhận trong một lần lưu: ${fix}`;
  }
  return null;
}

/** The line under the answers once files go with them: how many, how large, and the package's limit. */
export const filesTotalWords = (total: FilesTotal): string =>
  `Tệp gửi kèm trả lời: ${formatNumber(total.count)} tệp, ${formatFileSize(total.bytes)} (một gói chứa tối đa ${formatMegabytes(PACKAGE_LIMITS.filesBytes)}, ${formatNumber(PACKAGE_LIMITS.files)} tệp).`;

/** Where picked files go: a row the department typed, or a document the commune shows (its row found, or added naming it again). */
export type FileTarget = { row: number } | { document: { numberSymbol: string; date: string; summary: string } };

export function withAddedFiles(rows: readonly DocumentRow[], target: FileTarget, files: readonly AddedFile[]): DocumentRow[] {
  const add = (d: DocumentRow) => ({ ...d, added: [...d.added, ...files] });
  if ("row" in target) return rows.map((d, i) => (i === target.row ? add(d) : d));
  const { numberSymbol, date } = target.document;
  const at = rows.findIndex((d) => d.numberSymbol.trim() === numberSymbol && d.date === date);
  return at >= 0 ? rows.map((d, i) => (i === at ? add(d) : d)) : [...rows, add(documentRow(target.document))];
}

/** The total with one more file picked. */
export const withPicked = (total: FilesTotal, size: number): FilesTotal => ({ count: total.count + 1, bytes: total.bytes + size, addedBytes: total.addedBytes + size });
