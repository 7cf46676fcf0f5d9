/**
 * Tổng quan must say exactly what it said before it was made faster: the
 * overview of a demo commune on several days, against a golden written by the
 * code as it was (CCHC_WRITE_GOLDEN=1 rewrites it – only when the output is
 * meant to change). Checked in both time-zone projects.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createAppContext } from "../../core/app-context";
import type { ApiOutput } from "../../core/api/contract";
import { generateDemo } from "../../core/demo";
import { call } from "../api-calls";
import { repoRoot, useTempDir } from "../helpers";

type Overview = ApiOutput<"overview.get">;

const GOLDEN = path.join(repoRoot, "test", "fixtures", "overview-golden.json");

/** Mid-year, just after the report year began (15/12), between the year's last report and the next year, early in the data. */
const DAYS = ["2026-06-20", "2026-01-10", "2025-12-12", "2025-09-30", "2025-02-03"];

const tempDir = useTempDir();

/** Only the reports whose window has begun by `today` are worked out; the others have no status yet. */
const begun = (o: Overview) => {
  const started = new Set(o.upcoming.filter((u) => u.from <= o.today).map((u) => u.spec));
  return { ...o, statuses: o.statuses.filter((s) => started.has(s.spec)) };
};

describe("Tổng quan on a demo commune", () => {
  it("gives the figures, charts, alerts and report states it gave before", async () => {
    const ctx = createAppContext({ storePath: path.join(tempDir(), "demo.sqlite"), userName: "Lê Thị Hoa" });
    generateDemo(ctx.store, { seed: 7, until: "2026-06-30", dossiers: 6000, userName: "Lê Thị Hoa" });
    const overviews: Record<string, Overview> = {};
    for (const today of DAYS) overviews[today] = await call<Overview>(ctx, "overview.get", { today });
    ctx.store.close();

    if (process.env.CCHC_WRITE_GOLDEN === "1") writeFileSync(GOLDEN, `${JSON.stringify(overviews, null, 1)}\n`);
    const golden = JSON.parse(readFileSync(GOLDEN, "utf8")) as Record<string, Overview>;
    expect(Object.keys(golden)).toEqual(DAYS);
    for (const today of DAYS) {
      expect(overviews[today]!.figures, today).not.toBeNull();
      expect(begun(overviews[today]!), today).toEqual(begun(golden[today]!));
    }
  }, 60_000);
});
