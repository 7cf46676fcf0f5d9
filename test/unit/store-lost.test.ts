import { copyFileSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { openStoreGate } from "../../core/api/store-gate";
import { demoCommune } from "../fixtures/demo-commune";

const commune = demoCommune("cchc-mat-tep-du-lieu-");

/** A write every screen can make: the backup folder set back to the default (audited). */
const write = { method: "backup.setFolder", input: { folder: null } } as const;

function openGate() {
  const officer = commune.officer();
  officer.store.close();
  return { gate: openStoreGate({ storePath: officer.store.path, userName: "Nguyễn Thị Hương" }), storePath: officer.store.path };
}

describe("the store file taken away while the app runs", () => {
  it("is noticed before the next call, which is refused instead of answering ok for a write that would be lost", async () => {
    const { gate, storePath } = openGate();
    expect((await gate.call(write.method, write.input)).ok).toBe(true);

    rmSync(path.dirname(storePath), { recursive: true, force: true });
    const refused = await gate.call(write.method, write.input);
    expect(refused).toEqual({ ok: false, error: { code: "store_lost", message: expect.stringContaining(`Tệp dữ liệu "${storePath}" không còn ở chỗ cũ`) } });
    expect(!refused.ok && refused.error.message).toMatch(/chưa được thực hiện/);
    expect((await gate.call("unit.get", {})).ok).toBe(false);
    gate.current()!.store.close();
  });

  it("is noticed when another file is put in its place", async () => {
    const { gate, storePath } = openGate();
    const elsewhere = path.join(path.dirname(storePath), "doi-ten.sqlite");
    renameSync(storePath, elsewhere);
    copyFileSync(elsewhere, storePath);

    const refused = await gate.call(write.method, write.input);
    expect(!refused.ok && refused.error.code).toBe("store_lost");
    const inPlace = new Database(storePath, { readonly: true });
    expect(inPlace.prepare("SELECT count(*) FROM audit_log WHERE entity_id = 'thu_muc_sao_luu'").pluck().get()).toBe(0);
    inPlace.close();
    gate.current()!.store.close();
  });

  it("is not confused with a restore, which puts another file in its place itself", async () => {
    const { gate } = openGate();
    const taken = await gate.call("backup.take", {});
    expect(taken.ok).toBe(true);
    const file = (taken as { value: { file: string } }).value.file;
    const [restored, after] = await Promise.all([gate.call("backup.restore", { file }), gate.call(write.method, write.input)]);
    expect(restored.ok).toBe(true);
    expect(after.ok).toBe(true);
    gate.current()!.store.close();
  });
});
