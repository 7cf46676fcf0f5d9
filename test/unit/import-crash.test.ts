import { existsSync, statSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { useTempDir } from "../helpers";
import { killWhen, startCchc } from "../process-kill";
import { cchc } from "../cli-runner";
import { writeLargeExport } from "../fixtures/large-export";

const tempDir = useTempDir();

describe("a process killed in the middle of an import", () => {
  it("leaves the store intact: integrity ok, no partial batch, the earlier dossiers as they were", async () => {
    const dir = tempDir();
    const db = path.join(dir, "x.sqlite");
    const small = path.join(dir, "dau.xlsx");
    const large = path.join(dir, "lon.xlsx");
    await writeLargeExport(small, 50);
    await writeLargeExport(large, 40_000);
    expect(cchc(["import", "tthc", small, "--db", db]).status).toBe(0);
    const before = new Database(db, { readonly: true });
    const dossiersBefore = before.prepare("SELECT * FROM dossiers ORDER BY id").all();
    const batchesBefore = before.prepare("SELECT id FROM import_batches").all();
    before.close();

    const wal = `${db}-wal`;
    const walBefore = existsSync(wal) ? statSync(wal).size : 0;
    // The file is read first; once the write transaction has started, the -wal file grows: kill then.
    const running = startCchc(["import", "tthc", large, "--db", db]);
    expect(await killWhen(running, () => existsSync(wal) && statSync(wal).size > walBefore + 512 * 1024)).toBe(true);
    expect(await running.exited).toBe("SIGKILL");

    const after = new Database(db);
    expect(after.pragma("integrity_check", { simple: true })).toBe("ok");
    expect(after.prepare("SELECT * FROM dossiers ORDER BY id").all()).toEqual(dossiersBefore);
    expect(after.prepare("SELECT id FROM import_batches").all()).toEqual(batchesBefore);
    after.close();
  }, 120_000);
});
