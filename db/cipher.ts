/**
 * A store protected with a passphrase: the SQLite driver is better-sqlite3
 * built with SQLite3MultipleCiphers (package.json aliases it as
 * better-sqlite3), whose default cipher (ChaCha20-Poly1305) encrypts every
 * page, the header included. A file that does not start with SQLite's header
 * is therefore either such a store or not a store at all.
 */
import { statSync } from "node:fs";
import type Database from "better-sqlite3";
import { firstBytes } from "../shared/first-bytes";

const SQLITE_HEADER = "SQLite format 3\0";

export const readHeader = (file: string): Buffer => firstBytes(file, 100);

export const isPlainSqlite = (header: Buffer): boolean => header.length >= 100 && header.subarray(0, 16).toString("latin1") === SQLITE_HEADER;

/** Encrypted pages fill whole pages (512 to 65 536 bytes): other sizes are not an encrypted store. */
export const couldBeEncrypted = (header: Buffer, size: number): boolean => !isPlainSqlite(header) && size >= 1024 && size % 512 === 0;

/** Whether the file on disk may be a passphrase-protected store (see couldBeEncrypted). */
export const isEncryptedFile = (file: string): boolean => couldBeEncrypted(readHeader(file), statSync(file).size);

const keyBytes = (passphrase: string) => Buffer.from(passphrase.normalize("NFC"), "utf8");

/** Must come first, before any read of an encrypted file. */
export function unlock(sqlite: Database.Database, passphrase: string): void {
  (sqlite as unknown as { key(key: Buffer): number }).key(keyBytes(passphrase));
}

/**
 * Encrypts, re-keys or (with null) decrypts the file in place. SQLite3MultipleCiphers
 * cannot re-key in WAL mode, so the journal goes to DELETE for the re-key
 * and back; this needs the only connection to the file.
 */
export function rekey(sqlite: Database.Database, passphrase: string | null): void {
  const wal = String(sqlite.pragma("journal_mode", { simple: true })).toLowerCase() === "wal";
  if (wal) {
    sqlite.pragma("wal_checkpoint(TRUNCATE)");
    sqlite.pragma("journal_mode = DELETE");
  }
  try {
    (sqlite as unknown as { rekey(key: Buffer): number }).rekey(passphrase === null ? Buffer.alloc(0) : keyBytes(passphrase));
  } finally {
    if (wal) sqlite.pragma("journal_mode = WAL");
  }
}
