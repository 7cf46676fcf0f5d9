/**
 * A damaged one-stop export – cut in half by an interrupted download, or
 * with a few bytes changed on a failing USB stick – is refused within
 * seconds, by the command (exit 2, one Vietnamese line) and in the app (the
 * next call still answers); and a call that stops moving is abandoned with
 * its transaction rolled back, so it can never block the store.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { dispatch, inTurn } from "../../core/api/dispatch";
import { createAppContext } from "../../core/app-context";
import { throwIfCallAbandoned } from "../../core/call-deadline";
import { readZip } from "../../core/zip";
import { call } from "../api-calls";
import { cchc } from "../cli-runner";
import { writeLargeExport } from "../fixtures/large-export";
import { useTempDir } from "../helpers";

const tempDir = useTempDir("cchc-hong-");

/** Five bytes of the sheet's compressed data changed, spread over it. */
function flipped(bytes: Buffer): Buffer {
  const copy = Buffer.from(bytes);
  const sheet = readZip(copy).find((e) => e.name.startsWith("xl/worksheets/"))!;
  const start = sheet.raw.byteOffset - copy.byteOffset;
  for (const share of [0.2, 0.35, 0.5, 0.65, 0.8]) {
    const at = start + Math.floor(sheet.raw.length * share);
    copy[at] = copy[at]! ^ 0x5a;
  }
  return copy;
}

describe("a damaged export of 100.000 dossiers", () => {
  let whole: Buffer;
  beforeAll(async () => {
    const file = path.join(tempDir(), "ho-so.xlsx");
    await writeLargeExport(file, 100_000);
    whole = readFileSync(file);
  }, 120_000);

  it("is refused by cchc import tthc with exit 2 and a reason, within seconds", () => {
    const dir = tempDir();
    const db = path.join(dir, "xa.sqlite");
    for (const [name, bytes] of [
      ["cat-doi.xlsx", whole.subarray(0, whole.length / 2)],
      ["doi-5-byte.xlsx", flipped(whole)],
    ] as const) {
      const file = path.join(dir, name);
      writeFileSync(file, bytes);
      const started = performance.now();
      const r = cchc(["import", "tthc", file, "--db", db]);
      expect(r.status, r.stderr).toBe(2);
      expect(performance.now() - started).toBeLessThan(20_000);
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
      expect(r.stderr).toContain(`Tệp "${name}": tệp Excel bị hỏng hoặc không đầy đủ`);
    }
  }, 60_000);

  it("is refused in the app, and the next call still answers", async () => {
    const ctx = createAppContext({ storePath: path.join(tempDir(), "xa.sqlite"), userName: "Nguyễn Thị Hương" });
    for (const [fileName, bytes] of [
      ["cat-doi.xlsx", whole.subarray(0, whole.length / 2)],
      ["doi-5-byte.xlsx", flipped(whole)],
    ] as const) {
      const started = performance.now();
      const preview = await dispatch(ctx, "dossiers.importPreview", { fileName, contentBase64: bytes.toString("base64") });
      expect(preview.ok).toBe(false);
      expect(!preview.ok && preview.error.message).toContain(`Tệp "${fileName}": tệp Excel bị hỏng hoặc không đầy đủ`);
      expect(performance.now() - started).toBeLessThan(10_000);
      expect(await call(ctx, "unit.get", {})).toBeDefined();
    }
    expect(ctx.store.sqlite.inTransaction).toBe(false);
  }, 60_000);
});

describe("a call that stops moving", () => {
  it("is abandoned after the idle limit: its transaction rolled back, the queue moving on, the call itself unable to write later", async () => {
    const ctx = createAppContext({ storePath: path.join(tempDir(), "xa.sqlite"), userName: "Nguyễn Thị Hương" });
    ctx.callIdleLimitMs = 300;
    const sqlite = ctx.store.sqlite;
    let resume!: () => void;
    const stuck = inTurn(ctx, async () => {
      sqlite.exec("BEGIN IMMEDIATE");
      sqlite.prepare("INSERT INTO audit_log (at, user_name, action, entity) VALUES ('2025-01-01 00:00:00', 'x', 'them', 'ghost')").run();
      await new Promise<void>((resolve) => (resume = resolve));
      throwIfCallAbandoned();
      sqlite.prepare("INSERT INTO audit_log (at, user_name, action, entity) VALUES ('2025-01-01 00:00:00', 'x', 'them', 'ghost')").run();
    });
    await expect(stuck).rejects.toMatchObject({ code: "call_timeout" });
    expect(sqlite.inTransaction).toBe(false);
    expect(await call(ctx, "unit.get", {})).toBeDefined();
    resume();
    await new Promise((r) => setTimeout(r, 20));
    expect(sqlite.prepare("SELECT count(*) AS n FROM audit_log WHERE entity = 'ghost'").get()).toEqual({ n: 0 });
  });

  it("is not abandoned while it keeps making progress", async () => {
    const ctx = createAppContext({ storePath: path.join(tempDir(), "xa.sqlite"), userName: "Nguyễn Thị Hương" });
    ctx.callIdleLimitMs = 200;
    const steps = await inTurn(ctx, async () => {
      let n = 0;
      for (; n < 8; n++) {
        await new Promise((r) => setTimeout(r, 100));
        throwIfCallAbandoned();
      }
      return n;
    });
    expect(steps).toBe(8);
  });
});
