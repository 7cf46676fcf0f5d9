/**
 * Whether a copy of the store (a backup, a staged restore) has every file it
 * uses, whole: its sealed bytes inside the copy, else in the first folder
 * that holds them, each unsealed with the copy's own key and checked against
 * its checksum.
 */
import type Database from "better-sqlite3";
import { sealingKey, sha256Of, unseal } from "../attachments/blob-store";
import { formatNumber } from "../number-format";
import { firstSealed, hasAttachments, type KeptFile } from "./attached-files";

export interface FilesCheck {
  /** Stored names found nowhere. */
  missing: string[];
  /** Stored names found only damaged or sealed under another key. */
  damaged: string[];
}

interface Row extends KeptFile {
  sealed: Buffer | null;
}

/**
 * Checks every file the copy uses; `found` is told each whole one: its sealed
 * bytes and the folder they came from (null: inside the copy).
 */
export function checkFiles(copy: Database.Database, places: string[], found?: (file: KeptFile, sealed: Buffer, place: string | null) => void): FilesCheck {
  const check: FilesCheck = { missing: [], damaged: [] };
  if (!hasAttachments(copy)) return check;
  const key = sealingKey(copy, false);
  const whole = (row: Row, sealed: Buffer) => {
    const bytes = key ? unseal(key, sealed) : null;
    return bytes !== null && sha256Of(bytes) === row.sha256;
  };
  for (const row of copy.prepare("SELECT sha256, stored_name AS storedName, sealed FROM attachment_files ORDER BY stored_name").iterate() as IterableIterator<Row>) {
    if (row.sealed) {
      if (whole(row, row.sealed)) found?.(row, row.sealed, null);
      else check.damaged.push(row.storedName);
      continue;
    }
    let seen = false;
    const place = places.find((p) => {
      const sealed = firstSealed([p], row.storedName);
      seen ||= sealed !== null;
      if (!sealed || !whole(row, sealed)) return false;
      found?.(row, sealed, p);
      return true;
    });
    if (place === undefined) (seen ? check.damaged : check.missing).push(row.storedName);
  }
  return check;
}

/** What is wrong, in words: "thiếu 2 tệp đính kèm (…); 1 tệp đính kèm bị hỏng hoặc đã bị sửa (…)", or null when nothing is. */
export function filesProblem(check: FilesCheck, lookedIn: string): string | null {
  const parts = [
    check.missing.length ? `thiếu ${formatNumber(check.missing.length, 0)} tệp đính kèm ${lookedIn} (${shortList(check.missing)})` : "",
    check.damaged.length ? `${formatNumber(check.damaged.length, 0)} tệp đính kèm bị hỏng hoặc đã bị sửa (${shortList(check.damaged)})` : "",
  ].filter(Boolean);
  return parts.length ? parts.join("; ") : null;
}

const SHOWN = 3;
const shortList = (names: string[]) => `${names.slice(0, SHOWN).join(", ")}${names.length > SHOWN ? ` và ${formatNumber(names.length - SHOWN, 0)} tệp khác` : ""}`;
