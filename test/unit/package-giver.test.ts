/**
 * Who gives a department its part: the unit's report preparer from Cài đặt,
 * else the name given with --user or CCHC_USER, else the sending department –
 * never the computer's login.
 */
import os from "node:os";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { dispatch as dispatchResult } from "../../core/api/dispatch";
import type { AppContext } from "../../core/context";
import { createDepartmentForm } from "../../core/packages/create";
import { FORM_SHEETS } from "../../core/packages/xlsx-form/layout";
import { giverName } from "../../core/unit";
import { DEMO_OUTLINE, DEMO_WINDOW, demoCommune } from "../fixtures/demo-commune";
import { formSheet, loadWorkbook } from "../fixtures/excel-clerk";

const commune = demoCommune("cchc-nguoi-giao-");

let savedEnv: string | undefined;
beforeEach(() => {
  savedEnv = process.env.CCHC_USER;
  delete process.env.CCHC_USER;
});
afterEach(() => {
  if (savedEnv === undefined) delete process.env.CCHC_USER;
  else process.env.CCHC_USER = savedEnv;
});

/** The API's answer, or its error thrown. */
async function dispatch(ctx: AppContext, method: string, input: unknown): Promise<unknown> {
  const result = await dispatchResult(ctx, method, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

async function giverOnForm(ctx: AppContext): Promise<{ shown: unknown; createdBy: string; sender: unknown }> {
  const created = await createDepartmentForm(ctx, { outlineId: DEMO_OUTLINE, period: DEMO_WINDOW, departmentCode: "TTPVHCC" });
  let shown: unknown = null;
  formSheet(await loadWorkbook(created.bytes), FORM_SHEETS.guide).eachRow((row) => {
    if (row.getCell(1).value === "Người giao") shown = row.getCell(2).value;
  });
  const sender = ctx.store.sqlite.prepare("SELECT sender FROM package_events WHERE direction = 'gui' ORDER BY id DESC").pluck().get();
  return { shown, createdBy: created.manifest.createdBy, sender };
}

async function savePreparer(ctx: AppContext, preparerName: string | null | undefined): Promise<unknown> {
  const unit = (await dispatch(ctx, "unit.get", {})) as Record<string, unknown>;
  const { departments: _d, signers: _s, preparerName: _p, ...identity } = unit;
  return dispatch(ctx, "unit.save", { ...identity, ...(preparerName === undefined ? {} : { preparerName }) });
}

describe("the giver of a department's part", () => {
  it("is the report preparer set in Cài đặt, on the form, in the package and in the history", async () => {
    const ctx = commune.officer();
    const saved = (await savePreparer(ctx, "  Trần Thị Mai ")) as { preparerName: string };
    expect(saved.preparerName).toBe("Trần Thị Mai");
    expect(await giverOnForm(ctx)).toEqual({ shown: "Trần Thị Mai", createdBy: "Trần Thị Mai", sender: "Trần Thị Mai" });
    // Saving the unit without the field keeps it; an empty one clears it.
    await savePreparer(ctx, undefined);
    expect(((await dispatch(ctx, "unit.get", {})) as { preparerName: string | null }).preparerName).toBe("Trần Thị Mai");
    await savePreparer(ctx, "");
    expect(((await dispatch(ctx, "unit.get", {})) as { preparerName: string | null }).preparerName).toBeNull();
    ctx.store.close();
  });

  it("is the name given with --user or CCHC_USER when no preparer is set", async () => {
    const given = commune.officer({ userName: "Nguyễn Thị Hương" });
    expect(giverName(given)).toBe("Nguyễn Thị Hương");
    given.store.close();
    process.env.CCHC_USER = "Lê Văn Nam";
    const fromEnv = commune.officer({ userName: undefined });
    expect((await giverOnForm(fromEnv)).shown).toBe("Lê Văn Nam");
    fromEnv.store.close();
  });

  it("is the sending department, never the computer's login, when no one is named", async () => {
    const ctx = commune.officer({ userName: undefined });
    expect(ctx.userName).toBe(os.userInfo().username);
    const { shown, createdBy } = await giverOnForm(ctx);
    expect(shown).toBe("Phòng Văn hóa - Xã hội");
    expect(createdBy).toBe("Phòng Văn hóa - Xã hội");
    ctx.store.close();
  });
});
