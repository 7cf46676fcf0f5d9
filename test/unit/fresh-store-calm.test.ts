import path from "node:path";
import { describe, expect, it } from "vitest";
import type { ApiResult } from "../../core/api/contract";
import { dispatch } from "../../core/api/dispatch";
import { createAppContext } from "../../core/app-context";
import type { AppContext } from "../../core/context";
import { inspectionOutline } from "../../core/outline/opening";
import { cchc } from "../cli-runner";
import { useTempDir } from "../helpers";

const tempDir = useTempDir("cchc-yen-");
const TODAY = "2026-12-05";
const NOW = new Date(`${TODAY}T09:00:00+07:00`);
const INSPECTION_OUTLINE = "de-cuong-kiem-tra-2025";
const INSPECTION_WINDOW = "2025-07-01..2025-10-09";

/** A store just made by `cchc init`, nothing else: no inspection, no period, no deadline set. */
function freshStore(): { db: string; ctx: AppContext } {
  const db = path.join(tempDir(), "xa.sqlite");
  expect(cchc(["init", "--db", db, "--unit", "Xã Cẩm Giang", "--province", "hai-phong"]).status).toBe(0);
  return { db, ctx: createAppContext({ storePath: db, userName: "Nguyễn Thị Hương", now: () => NOW }) };
}

async function value<T>(result: Promise<ApiResult<unknown>>): Promise<T> {
  const r = await result;
  if (!r.ok) throw new Error(r.error.message);
  return r.value as T;
}

const NO_INSPECTION = { date: null, timeFrom: null, timeTo: null, team: null, place: null, responsible: {} };

describe("a new store is calm", () => {
  it("opens no outline until the clerk sets an inspection, and its overview shows nothing overdue", async () => {
    const { ctx } = freshStore();
    const outlines = await value<{ id: string; inspectionDate: string | null }[]>(dispatch(ctx, "outline.list", {}));
    expect(inspectionOutline(outlines, TODAY)).toBeNull();
    const overview = await value<{ alerts: unknown[]; inspection: unknown }>(dispatch(ctx, "overview.get", { today: TODAY }));
    expect(overview.alerts).toEqual([]);
    expect(overview.inspection).toBeNull();

    await value(dispatch(ctx, "outline.setInspection", { outlineId: INSPECTION_OUTLINE, inspection: { ...NO_INSPECTION, date: "2027-01-20" } }));
    const withVisit = await value<{ id: string; inspectionDate: string | null }[]>(dispatch(ctx, "outline.list", {}));
    expect(inspectionOutline(withVisit, TODAY)?.id).toBe(INSPECTION_OUTLINE);
    ctx.store.close();
  });
});

describe("a package whose deadline has passed", () => {
  it("is refused by the API unless the sending is confirmed, and nothing is recorded", async () => {
    const { ctx } = freshStore();
    const request = { outlineId: INSPECTION_OUTLINE, period: INSPECTION_WINDOW, departmentCode: "KT" };
    const refused = await dispatch(ctx, "packages.create", request);
    expect(!refused.ok && refused.error.message).toMatch(/^Hạn gửi phần việc của Phòng Kinh tế là 11:00 ngày 09\/10\/2025, đã qua/);
    expect(ctx.store.sqlite.prepare("SELECT (SELECT count(*) FROM package_events) + (SELECT count(*) FROM outbox_entries)").pluck().get()).toBe(0);

    const dashboard = await value<{ departments: { code: string; deadlinePassed: boolean }[] }>(dispatch(ctx, "packages.dashboard", { outlineId: INSPECTION_OUTLINE, period: INSPECTION_WINDOW }));
    expect(dashboard.departments.find((d) => d.code === "KT")!.deadlinePassed).toBe(true);

    await value(dispatch(ctx, "packages.create", { ...request, confirmPastDeadline: true }));
    expect(ctx.store.sqlite.prepare("SELECT count(*) FROM package_events").pluck().get()).toBe(1);
    ctx.store.close();
  });

  it("is refused by cchc package create (exit 2) unless --chap-nhan-qua-han is given", () => {
    const { db, ctx } = freshStore();
    ctx.store.close();
    const out = path.join(path.dirname(db), "KT.cchc");
    const args = ["package", "create", "--db", db, "--dept", "KT", "--period", INSPECTION_WINDOW, "--out", out];
    const refused = cchc(args);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/đã qua.*--chap-nhan-qua-han/);
    expect(cchc([...args, "--chap-nhan-qua-han"]).status).toBe(0);
  });
});
