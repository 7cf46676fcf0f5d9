import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createAppContext } from "../../core/app-context";
import { isLandField } from "../../core/indicators/land-field";
import { call } from "../api-calls";
import { repoRoot, useTempDir } from "../helpers";

const tempDir = useTempDir("cchc-satisfaction-targets-");

type Template = { sections: { indicators: { code: string; targetMin?: number }[] }[] };
const builtIn = (): Template => JSON.parse(readFileSync(path.join(repoRoot, "templates", "phu-luc-3.json"), "utf8")) as Template;

function withTargets(targets: Record<string, number | undefined>): string {
  const template = builtIn();
  for (const indicator of template.sections.flatMap((s) => s.indicators)) {
    if (indicator.code in targets) indicator.targetMin = targets[indicator.code];
  }
  return JSON.stringify(template);
}

describe("satisfaction targets, read from the Phụ lục 3 template the report uses", () => {
  it("are the built-in template's 95 % and 90 %, a province template's own, or none when it sets none", async () => {
    const ctx = createAppContext({ storePath: path.join(tempDir(), "xa.sqlite"), userName: "Lê Thị Hoa" });
    expect(await call(ctx, "satisfaction.targets", {})).toEqual({ overall: 95, land: 90 });

    const text = withTargets({ "tthc.hai_long.ty_le": 88, "tthc.hai_long.dat_dai_ty_le": 92.5 });
    await call(ctx, "report.template.set", { file: { fileName: "bieu-tinh.json", text } });
    expect(await call(ctx, "satisfaction.targets", {})).toEqual({ overall: 88, land: 92.5 });

    const none = withTargets({ "tthc.hai_long.ty_le": undefined, "tthc.hai_long.dat_dai_ty_le": undefined });
    await call(ctx, "report.template.set", { file: { fileName: "khong-muc-tieu.json", text: none } });
    expect(await call(ctx, "satisfaction.targets", {})).toEqual({ overall: null, land: null });
    ctx.store.close();
  });

  it("judges land by the field however it is written", () => {
    expect(["Đất đai", "đất đai", "Dat dai", " ĐẤT ĐAI "].map(isLandField)).toEqual([true, true, true, true]);
    expect([null, "Hộ tịch", "Đất"].map(isLandField)).toEqual([false, false, false]);
  });
});
