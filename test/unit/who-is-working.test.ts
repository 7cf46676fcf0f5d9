/**
 * Who is working: the person named in the app (at set-up, or chosen when
 * several share the PC) is sent with each call and is what the audit log,
 * a package's giver and the outbox record – not the computer's login. The CLI
 * keeps --user and CCHC_USER.
 */
import http from "node:http";
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ApiResult } from "../../core/api/contract";
import { createAppContext } from "../../core/app-context";
import { dispatch } from "../../core/api/dispatch";
import { openStoreGate } from "../../core/api/store-gate";
import { startBrowserMode } from "../../cli/http-server";
import type { AppContext } from "../../core/context";
import { cchc } from "../cli-runner";
import { useTempDir } from "../helpers";
import { DEMO_OUTLINE, DEMO_WINDOW, demoCommune } from "../fixtures/demo-commune";

const commune = demoCommune("cchc-nguoi-lam-viec-");
const tempDir = useTempDir("cchc-nguoi-lam-viec-moi-");

// The app as a clerk opens it: no CCHC_USER.
beforeEach(() => vi.stubEnv("CCHC_USER", undefined));
afterEach(() => vi.unstubAllEnvs());

async function ok<T>(result: Promise<ApiResult<unknown>>): Promise<T> {
  const r = await result;
  if (!r.ok) throw new Error(r.error.message);
  return r.value as T;
}

/** The app as a clerk opens it on the PC: no --user, no CCHC_USER; a day before the demo's parts are due. */
const desktop = () => commune.officer({ userName: undefined, now: () => new Date("2025-10-06T03:00:00Z") });

const lastAuditBy = (ctx: AppContext) => ctx.store.sqlite.prepare("SELECT user_name FROM audit_log ORDER BY id DESC LIMIT 1").pluck().get();

async function saveUnitAs(ctx: AppContext, person: string): Promise<void> {
  const unit = await ok<Record<string, unknown>>(dispatch(ctx, "unit.get", {}));
  const { departments: _d, signers: _s, ...identity } = unit;
  await ok(dispatch(ctx, "unit.save", { ...identity, address: "Thôn Cẩm Giang" }, person));
}

describe("the person working in the app", () => {
  it("is what the audit log, a package's giver and the outbox record, not the computer's login", async () => {
    const ctx = desktop();
    expect(ctx.userName).toBe(os.userInfo().username);
    await ok(dispatch(ctx, "people.add", { name: "  Lê Thị Hoa " }));
    await saveUnitAs(ctx, "Lê Thị Hoa");
    expect(lastAuditBy(ctx)).toBe("Lê Thị Hoa");

    await ok(dispatch(ctx, "packages.create", { outlineId: DEMO_OUTLINE, period: DEMO_WINDOW, departmentCode: "KT", format: "xlsx", confirmPastDeadline: true }, "Lê Thị Hoa"));
    expect(ctx.store.sqlite.prepare("SELECT sender FROM package_events WHERE direction = 'gui' ORDER BY id DESC").pluck().get()).toBe("Lê Thị Hoa");
    const entry = ctx.store.sqlite.prepare("SELECT id, created_by FROM outbox_entries ORDER BY id DESC").get() as { id: number; created_by: string };
    expect(entry.created_by).toBe("Lê Thị Hoa");

    await ok(dispatch(ctx, "outbox.markSent", { id: entry.id, via: "he_thong", note: null }, "Lê Thị Hoa"));
    expect(ctx.store.sqlite.prepare("SELECT sent_by FROM outbox_entries WHERE id = ?").pluck().get(entry.id)).toBe("Lê Thị Hoa");
    expect(lastAuditBy(ctx)).toBe("Lê Thị Hoa");
    ctx.store.close();
  });

  it("changes with the next call when another person takes over the PC", async () => {
    const ctx = desktop();
    await saveUnitAs(ctx, "Lê Thị Hoa");
    await saveUnitAs(ctx, "Phạm Văn Đức");
    await saveUnitAs(ctx, "Lê Thị Hoa");
    const rows = ctx.store.sqlite.prepare("SELECT user_name FROM audit_log WHERE entity = 'unit' ORDER BY id DESC LIMIT 3").pluck().all();
    expect(rows).toEqual(["Lê Thị Hoa", "Phạm Văn Đức", "Lê Thị Hoa"]);
    // A call without a person is the app's own start-up name: the --user one here.
    const given = commune.officer({ userName: "Trần Văn Nam" });
    await ok(dispatch(given, "unit.save", { ...(await ok<Record<string, unknown>>(dispatch(given, "unit.get", {}))), departments: undefined, signers: undefined }));
    expect(lastAuditBy(given)).toBe("Trần Văn Nam");
    ctx.store.close();
    given.store.close();
  });

  it("is refused when the name sent is empty or too long, and nothing is written", async () => {
    const ctx = desktop();
    const before = lastAuditBy(ctx);
    for (const person of ["   ", "x".repeat(121)]) {
      const r = await dispatch(ctx, "unit.save", { name: "Xã Cẩm Giang", kind: "xa", provinceName: null, placeName: null, profileId: "hai-phong", address: null }, person);
      expect(r).toMatchObject({ ok: false, error: { code: "invalid_input" } });
      if (!r.ok) expect(r.error.message).toContain("Người làm việc");
    }
    expect(lastAuditBy(ctx)).toBe(before);
    ctx.store.close();
  });
});

describe("the known people of the store", () => {
  it("keeps each name once, in Vietnamese order, with the name the app was started with", async () => {
    const ctx = commune.officer({ userName: "Trần Văn Nam" });
    expect(await ok(dispatch(ctx, "people.list", {}))).toEqual({ people: [], given: "Trần Văn Nam" });
    await ok(dispatch(ctx, "people.add", { name: "Phạm Văn Đức" }));
    await ok(dispatch(ctx, "people.add", { name: "Đỗ Thị Yến" }));
    // The same name typed again, case and spaces aside, is the one already known.
    const listed = await ok(dispatch(ctx, "people.add", { name: " phạm  văn đức " }));
    expect(listed).toEqual({ name: "Phạm Văn Đức", people: ["Đỗ Thị Yến", "Phạm Văn Đức"], given: "Trần Văn Nam" });
    // Kept in the store: the next start lists them.
    const file = ctx.store.path;
    ctx.store.close();
    const reopened = createAppContext({ storePath: file });
    expect(await ok(dispatch(reopened, "people.list", {}))).toEqual({ people: ["Đỗ Thị Yến", "Phạm Văn Đức"], given: null });
    expect((await dispatch(reopened, "people.add", { name: "  " })).ok).toBe(false);
    reopened.store.close();
  });
});

describe("the set-up as the app does it", () => {
  it("names the person, saves the unit as them, and still loads the demo data: the known people are set-up, not records", async () => {
    const ctx = createAppContext({ storePath: path.join(tempDir(), "moi.sqlite"), now: () => new Date("2025-10-09T03:00:00Z") });
    const { name } = await ok<{ name: string }>(dispatch(ctx, "people.add", { name: "Lê Thị Hoa" }));
    await ok(dispatch(ctx, "unit.save", { name: "Xã Minh Tân", kind: "xa", provinceName: null, placeName: null, profileId: "hai-phong", address: null }, name));
    await ok(dispatch(ctx, "demo.load", {}, name));
    expect(ctx.store.sqlite.prepare("SELECT DISTINCT user_name FROM audit_log WHERE entity = 'unit'").pluck().all()).toEqual(["Lê Thị Hoa"]);
    ctx.store.close();
  }, 120_000);
});

describe("the CLI", () => {
  it("still records the name given with --user, else CCHC_USER, whoever is known in the store", async () => {
    const ctx = desktop();
    await ok(dispatch(ctx, "people.add", { name: "Lê Thị Hoa" }));
    const db = ctx.store.path;
    ctx.store.close();
    // Exit 1: written, with warnings about the figures.
    const byUser = cchc(["export", "phu-luc-3", "--db", db, "--period", "2025-Q3", "--out", `${db}-1.xlsx`, "--user", "Trần Văn Nam"]);
    expect(byUser.status, byUser.stderr).toBeLessThan(2);
    const byEnv = cchc(["export", "phu-luc-3", "--db", db, "--period", "2025-Q3", "--out", `${db}-2.xlsx`], { CCHC_USER: "Vũ Thị Lan" });
    expect(byEnv.status, byEnv.stderr).toBeLessThan(2);
    const after = createAppContext({ storePath: db });
    expect(after.store.sqlite.prepare("SELECT created_by FROM outbox_entries ORDER BY id DESC LIMIT 2").pluck().all()).toEqual(["Vũ Thị Lan", "Trần Văn Nam"]);
    after.store.close();
  });
});

/** A call as the browser page sends it: the person, percent-encoded, in X-CCHC-Person. */
function post(url: string, token: string, method: string, input: unknown, person: string | null): Promise<{ status: number; body: { ok: boolean } }> {
  const headers: Record<string, string> = { "Content-Type": "application/json", "X-CCHC-Token": token };
  if (person !== null) headers["X-CCHC-Person"] = person;
  return new Promise((resolve, reject) => {
    const req = http.request(new URL(`api/${method}`, url), { method: "POST", headers }, (res) => {
      let body = "";
      res.on("data", (c: Buffer) => (body += c.toString()));
      res.on("end", () => resolve({ status: res.statusCode!, body: JSON.parse(body) as { ok: boolean } }));
    });
    req.on("error", reject);
    req.end(JSON.stringify(input));
  });
}

describe("browser mode (cchc serve)", () => {
  it("takes the person sent with each call, and the start-up name without one", async () => {
    const copy = desktop();
    const storePath = copy.store.path;
    copy.store.close();
    const rendererDir = path.join(path.dirname(storePath), "renderer");
    mkdirSync(rendererDir);
    writeFileSync(path.join(rendererDir, "index.html"), "<!doctype html><html><head></head><body></body></html>");
    const gate = openStoreGate({ storePath, userName: "Trần Văn Nam" });
    const server = await startBrowserMode(gate.call, { port: 0, rendererDir });
    try {
      const unit = { name: "Xã Cẩm Giang", kind: "xa", provinceName: null, placeName: null, profileId: "hai-phong", address: null };
      expect((await post(server.url, server.token, "unit.save", unit, encodeURIComponent("Lê Thị Hoa"))).body.ok).toBe(true);
      expect((await post(server.url, server.token, "unit.save", unit, null)).body.ok).toBe(true);
      expect(await post(server.url, server.token, "unit.save", unit, "%E0%A4%A")).toMatchObject({ status: 400, body: { ok: false } });
      const ctx = gate.current()!;
      expect(ctx.store.sqlite.prepare("SELECT user_name FROM audit_log WHERE entity = 'unit' ORDER BY id DESC LIMIT 2").pluck().all()).toEqual(["Trần Văn Nam", "Lê Thị Hoa"]);
    } finally {
      await server.close();
      gate.current()?.store.close();
    }
  });
});
