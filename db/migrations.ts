import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";
import type Database from "better-sqlite3";
import { AppError } from "../shared/errors";

export interface Migration {
  /** 1-based: after it runs, PRAGMA user_version = version. */
  version: number;
  tag: string;
  statements: string[];
}

const migrationsDir = fileURLToPath(new URL("./migrations", import.meta.url));

interface Journal {
  entries: { idx: number; tag: string }[];
}

/** The committed migrations, in order, read from db/migrations (drizzle-kit's layout). */
export function loadMigrations(dir = migrationsDir): Migration[] {
  const journal = JSON.parse(readFileSync(path.join(dir, "meta", "_journal.json"), "utf8")) as Journal;
  return [...journal.entries]
    .sort((a, b) => a.idx - b.idx)
    .map((entry, i) => {
      if (entry.idx !== i) throw new Error(`Migration journal has a gap at ${i}`);
      const sql = readFileSync(path.join(dir, `${entry.tag}.sql`), "utf8");
      const statements = sql
        .split("--> statement-breakpoint")
        .map((s) => s.trim())
        .filter((s) => s.length > 0);
      return { version: i + 1, tag: entry.tag, statements };
    });
}

export const schemaVersion = (sqlite: Database.Database): number => sqlite.pragma("user_version", { simple: true }) as number;

/**
 * Brings the store to `target` (default: the newest) inside one transaction,
 * so a failure or a killed process leaves the previous version intact.
 */
export function migrate(sqlite: Database.Database, migrations: Migration[], target = migrations.length): number {
  const current = schemaVersion(sqlite);
  if (current > migrations.length) throw newerStoreError(current, migrations.length);
  if (current >= target) return current;
  const pending = migrations.filter((m) => m.version > current && m.version <= target);
  // Table rebuilds in later migrations need foreign keys off; the pragma is a no-op inside a transaction.
  sqlite.pragma("foreign_keys = OFF");
  try {
    sqlite.transaction(() => {
      for (const m of pending) {
        for (const statement of m.statements) sqlite.exec(statement);
      }
      const broken = sqlite.pragma("foreign_key_check") as unknown[];
      if (broken.length > 0) throw new AppError("migration_failed", "Nâng cấp dữ liệu thất bại: liên kết giữa các bảng không hợp lệ. Dữ liệu được giữ nguyên.");
      sqlite.pragma(`user_version = ${target}`);
    })();
  } finally {
    sqlite.pragma("foreign_keys = ON");
  }
  return target;
}

export const newerStoreError = (found: number, known: number) =>
  new AppError(
    "store_newer",
    `Tệp dữ liệu được tạo bởi phiên bản mới hơn của ứng dụng (phiên bản dữ liệu ${found}, phiên bản này chỉ đọc được đến ${known}). Hãy cập nhật ứng dụng; tệp dữ liệu được giữ nguyên.`,
  );
