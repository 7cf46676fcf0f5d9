/**
 * The store worker as the desktop app runs it, in a real child process (Node
 * here; Electron's utility process in the app): calls answered by id, errors
 * as results, progress of long calls, the store closed on shutdown, and a
 * crash answered in words and survived.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { ChildProcess } from "node:child_process";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createAppContext } from "../../core/app-context";
import { errorLogFile } from "../../core/error-log";
import { setStorePassphrase } from "../../core/backup/passphrase";
import type { CallProgress } from "../../core/schemas/progress";
import { startStoreWorker, WORKER_CRASHED, WORKER_GONE, WORKING, type StoreWorker } from "../../core/api/store-worker-client";
import { bundledStoreWorker, forkStoreWorker } from "../store-worker-process";

const root = mkdtempSync(path.join(os.tmpdir(), "cchc-worker-"));
let bundle: Awaited<ReturnType<typeof bundledStoreWorker>>;
beforeAll(async () => {
  bundle = await bundledStoreWorker();
}, 60_000);
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  bundle.remove();
});
let stores = 0;
const PASSPHRASE = "Cẩm Giang @ 2025";

/** A new store on disk, made and closed in this process; the worker opens it on its own. */
function newStore(passphrase?: string): string {
  const folder = path.join(root, `xa-${++stores}`);
  mkdirSync(folder);
  const ctx = createAppContext({ storePath: path.join(folder, "xa.sqlite"), userName: "Nguyễn Thị Hương" });
  if (passphrase) setStorePassphrase(ctx, null, passphrase);
  ctx.store.close();
  return ctx.store.path;
}

const running: StoreWorker[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((w) => w.close()));
});

function start(storePath: string, children: ChildProcess[] = [], crashed: [number | null, boolean][] = []): StoreWorker {
  const worker = startStoreWorker(() => forkStoreWorker(bundle.entry, children), { storePath, userName: "Nguyễn Thị Hương" }, { crashed: (code, restarted) => crashed.push([code, restarted]) });
  running.push(worker);
  return worker;
}

const exitOf = (child: ChildProcess) => new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once("exit", () => resolve())));

describe("the store worker", () => {
  it("opens the store in its own process and answers calls", async () => {
    const storePath = newStore();
    const children: ChildProcess[] = [];
    const worker = start(storePath, children);
    await worker.opened;
    expect(children[0]!.pid).not.toBe(process.pid);
    expect(await worker.call("store.status", {})).toEqual({ ok: true, value: { locked: false, protected: false } });
    expect(await worker.call("unit.get", {})).toEqual({ ok: true, value: null });
    const added = await worker.call("people.add", { name: "Trần Văn Nam" });
    expect(added.ok).toBe(true);
    const folder = await worker.folder("sao-luu");
    expect(folder.ok && path.dirname(folder.value)).toBe(path.dirname(storePath));
  }, 30_000);

  it("answers calls sent together each by its own id, a quick one before a slow one sent first", async () => {
    const worker = start(newStore(PASSPHRASE));
    const order: string[] = [];
    const wrong = worker.call("store.unlock", { passphrase: "sai mật khẩu" }).then((r) => (order.push("unlock"), r));
    const status = worker.call("store.status", {}).then((r) => (order.push("status"), r));
    const refused = worker.call("unit.get", {}).then((r) => (order.push("unit"), r));
    expect(await status).toEqual({ ok: true, value: { locked: true, protected: true } });
    expect(await refused).toMatchObject({ ok: false, error: { code: "store_locked" } });
    const answer = await wrong;
    expect(answer.ok).toBe(false);
    expect(!answer.ok && answer.error.message).toMatch(/^Mật khẩu không đúng/);
    expect(order).toEqual(["status", "unit", "unlock"]);
    expect(await worker.call("store.unlock", { passphrase: PASSPHRASE })).toEqual({ ok: true, value: { locked: false, protected: true } });
  }, 30_000);

  it("returns a refusal as a result, never a thrown error", async () => {
    const worker = start(newStore());
    expect(await worker.call("khong.co", {})).toEqual({ ok: false, error: { code: "unknown_method", message: 'Không có chức năng "khong.co".' } });
    expect(await worker.call("people.add", { name: 42 })).toMatchObject({ ok: false, error: { code: "invalid_input" } });
    expect(await worker.folder("../../etc")).toMatchObject({ ok: false, error: { code: "forbidden" } });
  }, 30_000);

  it("says why a store cannot be opened", async () => {
    const notAStore = path.join(root, "khong-phai.sqlite");
    writeFileSync(notAStore, "đây không phải tệp dữ liệu ".repeat(200));
    const worker = start(notAStore);
    await expect(worker.opened).rejects.toThrow(/khong-phai\.sqlite/);
    expect(await worker.call("unit.get", {})).toMatchObject({ ok: false, error: { code: "store_unavailable" } });
  }, 30_000);

  it("tells the screen a slow call is under way, and how far a passphrase change is", async () => {
    const worker = start(newStore(PASSPHRASE));
    const heard: CallProgress[] = [];
    await worker.call("store.unlock", { passphrase: "sai mật khẩu" }, undefined, (p) => heard.push(p));
    expect(heard).toEqual([{ step: WORKING }]);

    expect(await worker.call("store.unlock", { passphrase: PASSPHRASE })).toMatchObject({ ok: true });
    for (let i = 0; i < 3; i++) expect(await worker.call("backup.take", {})).toMatchObject({ ok: true });
    const steps: CallProgress[] = [];
    const changed = await worker.call("store.setPassphrase", { current: PASSPHRASE, next: "Mật khẩu mới 2026" }, undefined, (p) => steps.push(p));
    // The three taken here and the day's own, taken when the worker opened the store.
    const copies = changed.ok ? (changed.value as { backupsUpdated: number }).backupsUpdated : 0;
    expect(copies).toBe(4);
    expect(steps.filter((p) => p.step !== WORKING)[0]).toEqual({ step: "Đang đặt mật khẩu mới cho dữ liệu" });
    expect(steps.at(-1)).toEqual({ step: "Đang mã hóa lại bản sao lưu", done: copies, total: copies });
  }, 30_000);

  it("closes the store on shutdown, after the call under way, and ends its process", async () => {
    const storePath = newStore();
    const children: ChildProcess[] = [];
    const worker = start(storePath, children);
    await worker.opened;
    expect(existsSync(`${storePath}-wal`)).toBe(true);
    const underWay = worker.call("backup.take", {});
    await worker.close();
    expect(await underWay).toMatchObject({ ok: true });
    await exitOf(children[0]!);
    // SQLite removes the -wal when the last connection closes cleanly.
    expect(existsSync(`${storePath}-wal`)).toBe(false);
    expect(await worker.call("unit.get", {})).toMatchObject({ ok: false, error: { code: "store_closing" } });
  }, 30_000);

  it("answers the calls of a worker that died with a clear message, and goes on with a new one", async () => {
    const children: ChildProcess[] = [];
    const crashed: [number | null, boolean][] = [];
    const storePath = newStore(PASSPHRASE);
    const worker = start(storePath, children, crashed);
    await worker.opened;
    const waiting = worker.call("store.unlock", { passphrase: "sai mật khẩu" });
    children[0]!.kill("SIGKILL");
    expect(await waiting).toEqual({ ok: false, error: { code: "worker_crashed", message: WORKER_CRASHED } });
    expect(crashed).toEqual([[null, true]]);
    expect(readFileSync(errorLogFile(storePath), "utf8")).toMatch(/· store\.worker \(đang chạy: store\.unlock\)\nStoreWorkerExit: the store worker ended without being asked, exit code null\n/);
    expect(children).toHaveLength(2);
    expect(await worker.call("store.status", {})).toEqual({ ok: true, value: { locked: true, protected: true } });
  }, 30_000);

  it("stops restarting a worker that keeps dying, and says to restart the app", async () => {
    const children: ChildProcess[] = [];
    const crashed: [number | null, boolean][] = [];
    const worker = start(newStore(), children, crashed);
    for (let i = 0; i < 4; i++) {
      const child = children.at(-1)!;
      child.kill("SIGKILL");
      await exitOf(child);
    }
    expect(crashed.map(([, restarted]) => restarted)).toEqual([true, true, true, false]);
    expect(children).toHaveLength(4);
    expect(await worker.call("unit.get", {})).toEqual({ ok: false, error: { code: "worker_crashed", message: WORKER_GONE } });
  }, 30_000);
});
