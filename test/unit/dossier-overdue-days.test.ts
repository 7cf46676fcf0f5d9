import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dispatch } from "../../core/api/dispatch";
import { createAppContext } from "../../core/app-context";
import type { AppContext } from "../../core/context";
import { insertDossiers } from "../dossier-fixtures";

let dir: string;
let ctx: AppContext;

// 10:00 on 05/12/2026 in Vietnam.
const NOW = new Date("2026-12-05T03:00:00Z");

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "cchc-qua-han-"));
  ctx = createAppContext({ storePath: path.join(dir, "xa.sqlite"), userName: "Kiểm thử", now: () => NOW });
  insertDossiers(ctx.store, [
    { code: "DANG-12", receivedAt: "2026-11-10 08:00:00", dueAt: "2026-11-23 17:00:00" },
    { code: "DANG-1", receivedAt: "2026-11-20", dueAt: "2026-12-04" },
    { code: "DANG-HOM-NAY", receivedAt: "2026-11-20", dueAt: "2026-12-05 08:00:00" },
    { code: "DANG-TRONG-HAN", receivedAt: "2026-11-20", dueAt: "2026-12-20" },
    { code: "TRA-MUON-3", receivedAt: "2026-10-01", dueAt: "2026-10-10", resultAt: "2026-10-13" },
    { code: "TRA-MUON-TRONG-NGAY", receivedAt: "2026-10-01", dueAt: "2026-10-10 10:00:00", resultAt: "2026-10-10 15:00:00" },
    { code: "TRA-DUNG-HAN", receivedAt: "2026-10-01", dueAt: "2026-10-10", resultAt: "2026-10-10" },
    { code: "TU-CHOI", receivedAt: "2026-10-01", dueAt: "2026-10-10", resultAt: "2026-10-20", status: "rejected" },
  ]);
});

afterAll(() => {
  ctx.store.close();
  rmSync(dir, { recursive: true, force: true });
});

async function listed(filter: Record<string, unknown>): Promise<Map<string, number | null>> {
  const result = await dispatch(ctx, "dossiers.list", { ...filter, limit: 100 });
  if (!result.ok) throw new Error(result.error.message);
  const { rows } = result.value as { rows: { code: string; overdueDays: number | null }[] };
  return new Map(rows.map((r) => [r.code, r.overdueDays]));
}

describe("days overdue in the dossier list", () => {
  it("counts a pending dossier's days past its due date as of today, and a late result's days past it; a dossier due today is not overdue yet", async () => {
    expect(Object.fromEntries(await listed({}))).toEqual({
      "DANG-12": 12,
      "DANG-1": 1,
      "DANG-HOM-NAY": null,
      "DANG-TRONG-HAN": null,
      "TRA-MUON-3": 3,
      "TRA-MUON-TRONG-NGAY": 0,
      "TRA-DUNG-HAN": null,
      "TU-CHOI": null,
    });
  });

  it("shows the days on the list Tổng quan's alert opens: exactly the dossiers it counts", async () => {
    expect(Object.fromEntries(await listed({ overdueToday: true }))).toEqual({ "DANG-12": 12, "DANG-1": 1 });
  });
});
