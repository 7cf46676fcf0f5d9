/**
 * Unexpected errors leave a trace: a handler that throws is written to
 * nhat-ky-loi/loi.log beside the store with its time, method and stack, and
 * nothing of the citizen it was working on; the clerk is told "Dữ liệu không
 * thay đổi" only when every row the call wrote was rolled back. The handler
 * that throws is the real one with a failure planted after (or inside) its
 * real write: a handler that throws unexpectedly is a bug, and none ships.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createAppContext } from "../../core/app-context";
import type { AppContext } from "../../core/context";
import { dispatch } from "../../core/api/dispatch";
import { handlers } from "../../core/api/handlers";
import { AppError } from "../../shared/errors";
import { ERROR_LOG_LIMITS, errorLogFile, logUnexpectedError, readErrorLogTail, scrubbedMessage } from "../../core/error-log";
import { beginWrite } from "../../core/write-transaction";
import { useTempDir } from "../helpers";

const tempDir = useTempDir("cchc-nhat-ky-loi-");
const CITIZEN = "Trần Thị Bích Ngọc";
const METHOD = "people.add";

type AnyHandler = (ctx: AppContext, input: { name: string }) => unknown;
const table = handlers as unknown as Record<string, AnyHandler>;
const realAdd = table[METHOD]!;
let ctx: AppContext | null = null;
afterEach(() => {
  table[METHOD] = realAdd;
  ctx?.store.close();
  ctx = null;
});

function open(): AppContext {
  ctx = createAppContext({ storePath: path.join(tempDir(), "xa.sqlite"), userName: "Kiểm thử" });
  return ctx;
}

/** A failure the way a library writes one: around the value it choked on. */
const choked = (name: string) => new Error(`SQLITE_CONSTRAINT: UNIQUE constraint failed: "${name}" (row 123456)\n  at value ${name}`);

const peopleNamed = (c: AppContext, name: string) => c.store.sqlite.prepare("SELECT count(*) FROM people WHERE name = ?").pluck().get(name);

function plant(handler: AnyHandler) {
  table[METHOD] = handler;
}

describe("the error log", () => {
  it("writes the method, the time and the stack of a thrown handler, and not the citizen's name", async () => {
    const c = open();
    plant((_ctx, input) => {
      throw choked(input.name);
    });
    const before = Date.now();
    const answer = await dispatch(c, METHOD, { name: CITIZEN });
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.error.code).toBe("internal");
    expect(answer.error.message).toContain("nhật ký lỗi");

    const file = errorLogFile(c.store.path);
    expect(file).toBe(path.join(path.dirname(c.store.path), "nhat-ky-loi", "loi.log"));
    const log = readFileSync(file, "utf8");
    expect(log).toMatch(new RegExp(`^=== (\\S+) · ${METHOD.replace(".", "\\.")}\\n`));
    const at = Date.parse(/^=== (\S+)/.exec(log)![1]!);
    expect(at).toBeGreaterThanOrEqual(before - 1000);
    expect(log).toContain("Error: SQLITE_CONSTRAINT: UNIQUE constraint failed:");
    expect(log).toMatch(/\n {4}at .*error-log\.test\.ts:\d+/);
    for (const part of [CITIZEN, "Trần", "Ngọc", "Tran Thi Bich Ngoc", "123456"]) expect(log).not.toContain(part);
  });

  it("keeps no refusal the app made on purpose", async () => {
    const c = open();
    plant(() => {
      throw new AppError("not_found", `Không tìm thấy ${CITIZEN}.`);
    });
    expect(await dispatch(c, METHOD, { name: CITIZEN })).toEqual({ ok: false, error: { code: "not_found", message: `Không tìm thấy ${CITIZEN}.` } });
    expect(existsSync(errorLogFile(c.store.path))).toBe(false);
  });

  it("rotates by size: never more than five files of at most 1 MB", () => {
    const store = path.join(tempDir(), "xa.sqlite");
    const error = new Error("deep");
    error.stack = `Error: deep\n${"    at step (core/x.ts:1:1)\n".repeat(1000)}`;
    const entryBytes = 27 * 1000;
    const entries = Math.ceil((ERROR_LOG_LIMITS.fileBytes * ERROR_LOG_LIMITS.files * 1.5) / entryBytes);
    for (let i = 0; i < entries; i++) expect(logUnexpectedError(store, { method: `m${i}`, error, at: new Date() })).toBe(true);
    const folder = path.dirname(errorLogFile(store));
    expect(readdirSync(folder).sort()).toEqual(["loi.1.log", "loi.2.log", "loi.3.log", "loi.4.log", "loi.log"]);
    for (const name of readdirSync(folder)) expect(statSync(path.join(folder, name)).size).toBeLessThanOrEqual(ERROR_LOG_LIMITS.fileBytes);
    // The newest entry is in loi.log, the oldest kept ones in loi.4.log.
    expect(readFileSync(path.join(folder, "loi.log"), "utf8")).toContain(`· m${entries - 1}\n`);
    expect(readFileSync(path.join(folder, "loi.log"), "utf8")).not.toContain("· m0\n");
  });

  it("hands back its latest part from whole entries, reaching into the older file when the newest is short", () => {
    const store = path.join(tempDir(), "xa.sqlite");
    expect(readErrorLogTail(store, 4096)).toBe("");
    const folder = path.dirname(errorLogFile(store));
    logUnexpectedError(store, { method: "first", error: new Error("một"), at: new Date() });
    const older = readFileSync(errorLogFile(store), "utf8");
    writeFileSync(path.join(folder, "loi.1.log"), older);
    writeFileSync(errorLogFile(store), "");
    logUnexpectedError(store, { method: "second", error: new Error("hai"), at: new Date() });
    const all = readErrorLogTail(store, 1024 * 1024);
    expect(all.indexOf("· first")).toBeGreaterThanOrEqual(0);
    expect(all.indexOf("· first")).toBeLessThan(all.indexOf("· second"));
    const tail = readErrorLogTail(store, Buffer.byteLength(readFileSync(errorLogFile(store))) + 10);
    expect(tail.startsWith("=== ")).toBe(true);
    expect(tail).toContain("· second");
    expect(tail).not.toContain("· first");
  });

  it("masks what a library's message may quote: quoted text, long numbers, Vietnamese words", () => {
    expect(scrubbedMessage(`Unexpected token 'N', "Nguyễn Văn A" is not valid JSON`)).toBe("Unexpected token …, … is not valid JSON");
    expect(scrubbedMessage("NOT NULL constraint failed: dossiers.applicant")).toBe("NOT NULL constraint failed: dossiers.applicant");
    expect(scrubbedMessage(`Cannot find 079123456789 for Lê Văn Tám\nsecond line ${CITIZEN}`)).toBe("Cannot find … for … … …");
  });

  it("says where an answer broke the contract, without the value", async () => {
    const c = open();
    plant(() => ({ people: [{ name: 12 }], given: CITIZEN }) as unknown);
    const answer = await dispatch(c, METHOD, { name: CITIZEN });
    expect(!answer.ok && answer.error.code).toBe("internal");
    const log = readFileSync(errorLogFile(c.store.path), "utf8");
    expect(log).toContain("vấn đề: people.0");
    expect(log).not.toContain(CITIZEN);
  });
});

describe("what the clerk is told about the data", () => {
  it("says the data is unchanged when the call wrote nothing", async () => {
    const c = open();
    plant(() => {
      throw new TypeError("Cannot read properties of undefined (reading 'rows')");
    });
    const answer = await dispatch(c, METHOD, { name: CITIZEN });
    expect(!answer.ok && answer.error.message).toContain("Dữ liệu không thay đổi.");
  });

  it("does not say so when the call's write stayed", async () => {
    const c = open();
    plant((ctx, input) => {
      realAdd(ctx, input);
      throw new TypeError("Cannot read properties of undefined (reading 'given')");
    });
    const answer = await dispatch(c, METHOD, { name: CITIZEN });
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.error.message).not.toContain("Dữ liệu không thay đổi");
    expect(answer.error.message).toContain("có thể đã ghi được một phần");
    expect(peopleNamed(c, CITIZEN)).toBe(1);
  });

  it("says so when the write transaction was rolled back", async () => {
    const c = open();
    plant((ctx, input) => {
      const transaction = beginWrite(ctx.store.sqlite);
      try {
        realAdd(ctx, input);
        throw new RangeError("Invalid time value");
      } catch (e) {
        transaction.rollback();
        throw e;
      }
    });
    const answer = await dispatch(c, METHOD, { name: CITIZEN });
    expect(!answer.ok && answer.error.message).toContain("Dữ liệu không thay đổi.");
    expect(peopleNamed(c, CITIZEN)).toBe(0);
  });

  it("rolls back a transaction the failed call left open, and says so; the next call writes", async () => {
    const c = open();
    plant((ctx, input) => {
      beginWrite(ctx.store.sqlite);
      realAdd(ctx, input);
      throw new RangeError("Invalid time value");
    });
    const answer = await dispatch(c, METHOD, { name: CITIZEN });
    expect(!answer.ok && answer.error.message).toContain("Dữ liệu không thay đổi.");
    expect(c.store.sqlite.inTransaction).toBe(false);
    expect(peopleNamed(c, CITIZEN)).toBe(0);
    table[METHOD] = realAdd;
    expect((await dispatch(c, METHOD, { name: CITIZEN })).ok).toBe(true);
    expect(peopleNamed(c, CITIZEN)).toBe(1);
  });

  it("answers a call abandoned at its idle limit, rather than throwing", async () => {
    const c = open();
    c.callIdleLimitMs = 200;
    plant(() => new Promise(() => undefined));
    const answer = await dispatch(c, METHOD, { name: CITIZEN });
    expect(answer).toMatchObject({ ok: false, error: { code: "call_timeout" } });
  });

  it("does not say so when a write before the rolled-back transaction stayed", async () => {
    const c = open();
    plant((ctx, input) => {
      realAdd(ctx, { name: "Phạm Văn Đồng" });
      const transaction = beginWrite(ctx.store.sqlite);
      realAdd(ctx, input);
      transaction.rollback();
      throw new RangeError("Invalid time value");
    });
    const answer = await dispatch(c, METHOD, { name: CITIZEN });
    expect(!answer.ok && answer.error.message).not.toContain("Dữ liệu không thay đổi");
  });
});
