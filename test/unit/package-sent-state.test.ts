import { describe, expect, it } from "vitest";
import type { ApiResult } from "../../core/api/contract";
import { dispatch } from "../../core/api/dispatch";
import type { AppContext } from "../../core/context";
import { answerPackage } from "../../core/packages/answer";
import { readPackage } from "../../core/packages/container";
import { applyMerge } from "../../core/packages/merge";
import { DEMO_OUTLINE, DEMO_WINDOW, demoCommune } from "../fixtures/demo-commune";

const commune = demoCommune("cchc-da-gui-");
const REPORT = { outlineId: DEMO_OUTLINE, period: DEMO_WINDOW };

/** The officer a week before the departments' deadline (11:00, 09/10/2025), so no deadline has passed. */
const officer = (): AppContext => commune.officer({ now: () => new Date("2025-10-02T08:00:00+07:00") });

async function ok<T>(result: Promise<ApiResult<unknown>>): Promise<T> {
  const r = await result;
  if (!r.ok) throw new Error(r.error.message);
  return r.value as T;
}

interface Entry {
  id: number;
  fileName: string;
  state: string;
  sentAt: string | null;
}

/** What Phòng ban and Hộp thư đi each say of one department's package. */
async function bothScreens(ctx: AppContext, fileName: string, dept: string) {
  const dashboard = await ok<{ departments: { code: string; state: string; sentAt: string | null }[] }>(dispatch(ctx, "packages.dashboard", REPORT));
  const row = dashboard.departments.find((d) => d.code === dept)!;
  const entry = (await ok<{ entries: Entry[] }>(dispatch(ctx, "outbox.list", {}))).entries.find((e) => e.fileName === fileName)!;
  return { row, entry };
}

const create = (ctx: AppContext, departmentCode: string) => ok<{ fileName: string; contentBase64: string }>(dispatch(ctx, "packages.create", { ...REPORT, departmentCode }));

describe("a package's sent state has one source: its outbox entry", () => {
  it("is waiting on both screens once made, and sent on both once marked sent in Hộp thư đi", async () => {
    const ctx = officer();
    const file = await create(ctx, "KT");

    const made = await bothScreens(ctx, file.fileName, "KT");
    expect(made.entry.state).toBe("cho_gui");
    expect(made.row.state).toBe("cho_gui");
    expect(made.row.sentAt).toBeNull();

    await ok(dispatch(ctx, "outbox.markSent", { id: made.entry.id, via: "zalo", note: null }));
    const sent = await bothScreens(ctx, file.fileName, "KT");
    expect(sent.entry.state).toBe("da_gui");
    expect(sent.row.state).toBe("da_gui");
    expect(sent.row.sentAt).toBe(sent.entry.sentAt);
    ctx.store.close();
  });

  it("is sent on both screens once the department's answer to it has been merged, though nobody marked it", async () => {
    const ctx = officer();
    const file = await create(ctx, "TTVH");
    const opened = readPackage(Buffer.from(file.contentBase64, "base64"), file.fileName);
    const part = structuredClone(opened.part);
    part.texts[0]!.answer = "Trung tâm Văn hóa đã tuyên truyền CCHC trên hệ thống truyền thanh của xã.";
    applyMerge(ctx, answerPackage({ userName: "Đỗ Thị Lan", now: ctx.now }, opened, part), "TTVH-tra-loi.cchc");

    const { row, entry } = await bothScreens(ctx, file.fileName, "TTVH");
    expect(entry.state).toBe("da_gui");
    expect(["da_nhan", "can_bo_sung"]).toContain(row.state);
    expect(row.sentAt).toBe(entry.sentAt);
    ctx.store.close();
  });
});
