/**
 * Where attached files are kept: beside the store, in a folder of its own
 * ("cchc-tep-dinh-kem" for "cchc.sqlite"), one file per distinct content,
 * sealed with AES-256-GCM under a random key that lives inside the store.
 * So the passphrase that protects the store protects every file too (without
 * it the key cannot be read), changing the passphrase touches no file, and a
 * file's name (an HMAC of its checksum under the same key) tells nothing of
 * what it holds. Files are immutable once written: backups copy each one
 * only once, and a file no document uses any more is swept away.
 *
 * A sealed file: "CCHCTEP1", the 12-byte nonce, the 16-byte tag, the ciphertext.
 */
import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from "node:crypto";
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeSync } from "node:fs";
import path from "node:path";
import type Database from "better-sqlite3";
import { AppError } from "../../shared/errors";
import { writeProblem } from "../exports/atomic-write";

const MAGIC = Buffer.from("CCHCTEP1", "latin1");
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const HEADER_BYTES = MAGIC.length + NONCE_BYTES + TAG_BYTES;
const PARTIAL = ".dang-ghi";

export const sha256Of = (bytes: Uint8Array): string => createHash("sha256").update(bytes).digest("hex");

/** The folder of a store's files: "/du-lieu/cchc.sqlite" → "/du-lieu/cchc-tep-dinh-kem". */
export const filesFolderOf = (storePath: string): string => {
  const base = path.basename(storePath).replace(/\.(sqlite3?|db)$/i, "");
  return path.join(path.dirname(storePath), `${base}-tep-dinh-kem`);
};

/** The store's sealing key, made on first need (inside the caller's write transaction). */
export function sealingKey(sqlite: Database.Database, create = true): Buffer | null {
  const row = sqlite.prepare("SELECT key FROM attachment_key WHERE id = 1").get() as { key: Buffer } | undefined;
  if (row) return row.key;
  if (!create) return null;
  const key = randomBytes(32);
  sqlite.prepare("INSERT INTO attachment_key (id, key) VALUES (1, ?)").run(key);
  return key;
}

/** A sealed file's name under a key: the checksum is not readable from it. */
export const storedNameFor = (key: Buffer, sha256: string): string => `${createHmac("sha256", key).update(sha256).digest("hex").slice(0, 40)}.tep`;

export function seal(key: Buffer, bytes: Uint8Array): Buffer {
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, nonce);
  const body = Buffer.concat([cipher.update(bytes), cipher.final()]);
  return Buffer.concat([MAGIC, nonce, cipher.getAuthTag(), body]);
}

/** The file as the clerk gave it, or null when the sealed bytes are damaged, tampered with, or sealed under another key. */
export function unseal(key: Buffer, sealed: Buffer): Buffer | null {
  if (sealed.length < HEADER_BYTES || !sealed.subarray(0, MAGIC.length).equals(MAGIC)) return null;
  const nonce = sealed.subarray(MAGIC.length, MAGIC.length + NONCE_BYTES);
  const tag = sealed.subarray(MAGIC.length + NONCE_BYTES, HEADER_BYTES);
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, nonce);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(sealed.subarray(HEADER_BYTES)), decipher.final()]);
  } catch {
    return null;
  }
}

/** Writes a file so that it is either whole under its name or not there at all. */
export function writeWhole(file: string, bytes: Uint8Array): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}${PARTIAL}`;
  const fd = openSync(partial, "w");
  try {
    writeSync(fd, bytes);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(partial, file);
}

/**
 * A sweep leaves files younger than this: another process (the app beside a
 * cchc command) may have written one whose rows it has not committed yet.
 */
export const SWEEP_GRACE_MS = 60 * 60 * 1000;

/** Keeps sealed bytes in a files folder unless a file of that name is there already (names are per content); either way the file is fresh for the sweep. */
export function keepSealed(folder: string, storedName: string, sealed: Uint8Array): void {
  const file = path.join(folder, storedName);
  try {
    if (existsSync(file)) {
      const now = new Date();
      utimesSync(file, now, now);
      return;
    }
    writeWhole(file, sealed);
  } catch (e) {
    throw new AppError("attachment_write_failed", `Không ghi được tệp đính kèm vào "${folder}": ${writeProblem(e)}. Dữ liệu không thay đổi.`);
  }
}

/** A sealed file's bytes from a folder, or null when it is not there. */
export function readSealed(folder: string, storedName: string): Buffer | null {
  try {
    return readFileSync(path.join(folder, storedName));
  } catch {
    return null;
  }
}

/** Sealed files in a folder that `keep` does not name (and writes a crash left half done), older than the grace, are removed; returns how many. */
export function sweepFolder(folder: string, keep: ReadonlySet<string>, graceMs = SWEEP_GRACE_MS): number {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    const sealedFile = name.endsWith(".tep") || name.endsWith(`.tep${PARTIAL}`);
    if (!sealedFile || keep.has(name)) continue;
    const file = path.join(folder, name);
    try {
      if (Date.now() - statSync(file).mtimeMs < graceMs) continue;
    } catch {
      continue;
    }
    rmSync(file, { force: true });
    removed++;
  }
  return removed;
}

/** The stored names a store uses. */
export const storedNamesIn = (sqlite: Database.Database): Set<string> => new Set(sqlite.prepare("SELECT stored_name FROM attachment_files").pluck().all() as string[]);
