import path from "node:path";
import { describe, expect, it } from "vitest";
import { createAppContext } from "../../core/app-context";
import { listAudit } from "../../core/audit-query";
import { indicatorTitles } from "../../core/indicators/indicator-titles";
import { defaultCatalogue } from "../../core/indicators/catalogue";
import { call } from "../api-calls";
import { useTempDir } from "../helpers";

const tempDir = useTempDir("cchc-indicator-titles-");

describe("an indicator named outside the table, one way for the checks and the change log", () => {
  const titles = indicatorTitles(defaultCatalogue());

  it("names a detail row with the row it details, at that row's place", () => {
    expect(titles.get("tthc.ho_so.truoc_han")).toEqual({ name: expect.stringMatching(/^Số hồ sơ .+ – trong đó: trước hạn$/u), place: expect.stringMatching(/^mục [IVX]+, STT \d+$/) });
    const parent = [...titles.values()].find((t) => titles.get("tthc.ho_so.truoc_han")!.name.startsWith(`${t.name} – `));
    expect(parent?.place).toBe(titles.get("tthc.ho_so.truoc_han")!.place);
  });

  it("is the name the change log gives an entered figure", async () => {
    const ctx = createAppContext({ storePath: path.join(tempDir(), "xa.sqlite"), userName: "Lê Thị Hoa" });
    await call(ctx, "report.setValue", { period: "2025-Q3", code: "tthc.ho_so.truoc_han", value: 3, reason: "Theo sổ theo dõi", source: null, estimate: false });
    const entry = listAudit(ctx, { entity: "indicator_values" }).rows[0]!;
    const title = titles.get("tthc.ho_so.truoc_han")!;
    expect(JSON.stringify(entry)).toContain(`${title.place} – ${title.name}`);
    ctx.store.close();
  });
});
