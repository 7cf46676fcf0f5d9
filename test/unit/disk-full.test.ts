import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { dispatch } from "../../core/api/dispatch";
import { openStoreGate } from "../../core/api/store-gate";
import { createAppContext } from "../../core/app-context";
import { withRestoreAdvice } from "../../core/backup/advice";
import { restoreStore } from "../../core/backup/restore";
import { takeBackup } from "../../core/backup/take";
import { openStore } from "../../db/store";
import { cchc } from "../cli-runner";
import { DEMO_OUTLINE, DEMO_WINDOW, demoCommune } from "../fixtures/demo-commune";

/** A real 2 MB disk (tmpfs); null where this machine does not let the tests mount one (not root). */
function mountSmallDisk(): string | null {
  const dir = mkdtempSync(path.join(os.tmpdir(), "cchc-o-day-"));
  try {
    execFileSync("mount", ["-t", "tmpfs", "-o", "size=2m", "tmpfs", dir], { stdio: "ignore" });
    return dir;
  } catch {
    rmSync(dir, { recursive: true, force: true });
    return null;
  }
}

const disk = mountSmallDisk();
afterAll(() => {
  if (!disk) return;
  execFileSync("umount", [disk]);
  rmSync(disk, { recursive: true, force: true });
});

/** Fills the disk to the last byte. */
function fill(dir: string): string {
  const filler = path.join(dir, "lap-day");
  const chunk = Buffer.alloc(4096, 1);
  try {
    for (;;) writeFileSync(filler, chunk, { flag: "a" });
  } catch (e) {
    expect((e as NodeJS.ErrnoException).code).toBe("ENOSPC");
  }
  return filler;
}

function refusal(run: () => unknown): { code: string; message: string } {
  try {
    run();
  } catch (e) {
    return e as { code: string; message: string };
  }
  throw new Error("không bị từ chối");
}

/** What the store's opening said before: damaged, restore from a backup. */
const SAYS_DAMAGED = /(?<!không )bị hỏng|cchc restore/;

describe("a healthy store on a full disk", () => {
  it.skipIf(!disk)("is said to be on a full disk when opened, not damaged, and no restore is advised; it opens once there is room", async () => {
    const storePath = path.join(disk!, "xa.sqlite");
    const store = openStore(storePath);
    store.sqlite.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('thu', '1', '2025-10-01 08:00:00')").run();
    store.close();
    const bytes = readFileSync(storePath);
    const filler = fill(disk!);

    const opening = refusal(() => createAppContext({ storePath }));
    expect(opening.code).toBe("disk_full");
    expect(opening.message).toContain(`"${storePath}"`);
    expect(opening.message).toMatch(/đã đầy/);
    expect((withRestoreAdvice(opening, storePath) as Error).message).not.toMatch(SAYS_DAMAGED);
    expect(refusal(() => openStoreGate({ storePath })).code).toBe("disk_full");
    const cli = cchc(["backup", "--list", "--db", storePath]);
    expect(cli.status).toBe(2);
    expect(cli.stderr).toMatch(/đã đầy/);
    expect(cli.stderr).not.toMatch(SAYS_DAMAGED);

    // A restore, with room for its staged copy but not for opening the store, does not take the store for a damaged one and move it aside.
    const source = path.join(mkdtempSync(path.join(os.tmpdir(), "cchc-ban-sao-")), "ban-sao.sqlite");
    writeFileSync(source, bytes);
    const rollbackMode = new Database(source);
    rollbackMode.pragma("journal_mode = DELETE");
    rollbackMode.close();
    truncateSync(filler, statSync(filler).size - statSync(source).size - 8192);
    const restore = await restoreStore({ storePath }, source).then(
      () => null,
      (e: Error) => e,
    );
    rmSync(path.dirname(source), { recursive: true });
    expect(restore?.message).toMatch(/đã đầy/);
    expect(readdirSync(disk!).filter((name) => name.includes(".hong-"))).toEqual([]);
    expect(readFileSync(storePath).equals(bytes)).toBe(true);

    rmSync(filler);
    const opened = createAppContext({ storePath });
    expect(opened.store.sqlite.prepare("SELECT value FROM settings WHERE key = 'thu'").pluck().get()).toBe("1");
    opened.store.close();
  });
});

const commune = demoCommune("cchc-het-cho-");

describe("a write that finds no room left", () => {
  it("is refused as a full disk, the store unchanged and not called damaged (SQLite's page limit standing in for the disk)", async () => {
    const ctx = commune.officer();
    await takeBackup(ctx, "tay");
    const pages = ctx.store.sqlite.pragma("page_count", { simple: true }) as number;
    ctx.store.sqlite.pragma(`max_page_count = ${pages}`);
    const before = ctx.store.sqlite.prepare("SELECT count(*) FROM narrative_texts").pluck().get();

    const result = await dispatch(ctx, "outline.saveText", { outlineId: DEMO_OUTLINE, period: DEMO_WINDOW, itemKey: "I.2", departmentCode: null, body: "Nội dung rất dài. ".repeat(5_000) });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe("disk_full");
    expect(!result.ok && result.error.message).not.toMatch(SAYS_DAMAGED);
    expect(ctx.store.sqlite.prepare("SELECT count(*) FROM narrative_texts").pluck().get()).toBe(before);
    ctx.store.close();
  });
});
