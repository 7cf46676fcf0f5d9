import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createAppContext } from "../../core/app-context";
import type { AppContext } from "../../core/context";
import { addDays } from "../../shared/dates";
import { createRandom, type Random } from "../../core/demo/random";
import { importDossiers } from "../../core/dossiers/import";
import { tthcFigures } from "../../core/indicators/tthc";
import { useTempDir } from "../helpers";

const tempDir = useTempDir();

interface Row {
  code: string;
  received: string;
  due: string;
  result: string;
  status: string;
  channel: string;
}

const STATUSES = ["Đã trả kết quả", "Đã có kết quả", "Đang xử lý", "Từ chối", "Công dân rút hồ sơ"];
const CHANNELS = ["Trực tuyến", "Trực tiếp", "Bưu chính công ích"];
const vn = (iso: string, time: string | null) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}${time ? ` ${time}` : ""}`;
const clock = (r: Random) => (r.chance(0.3) ? null : `${String(r.int(7, 17)).padStart(2, "0")}:${String(r.int(0, 59)).padStart(2, "0")}`);

function randomRows(r: Random, n: number): Row[] {
  return Array.from({ length: n }, (_, i) => {
    const received = addDays("2024-11-01", r.int(0, 200));
    const due = addDays(received, r.int(0, 20));
    const status = r.pick(STATUSES);
    const closed = status !== "Đang xử lý";
    return {
      code: `HS-${String(i).padStart(5, "0")}`,
      received: vn(received, clock(r)),
      due: vn(due, clock(r)),
      result: closed ? vn(addDays(received, r.int(0, 25)), clock(r)) : "",
      status,
      channel: r.pick(CHANNELS),
    };
  });
}

function writeCsv(file: string, rows: Row[]) {
  const lines = ["Mã hồ sơ;Ngày tiếp nhận;Ngày hẹn trả;Ngày có kết quả;Trạng thái;Hình thức nộp", ...rows.map((x) => [x.code, x.received, x.due, x.result, x.status, x.channel].join(";"))];
  writeFileSync(file, lines.join("\n"));
}

const windows = (r: Random) =>
  Array.from({ length: 12 }, () => {
    const from = addDays("2024-10-15", r.int(0, 220));
    return { from, to: addDays(from, r.int(0, 120)) };
  });

const figuresOf = (ctx: AppContext, ws: { from: string; to: string }[]) => ws.map((w) => tthcFigures(ctx.store.sqlite, w).values);

describe("the same dossiers imported in one file or split across several", () => {
  for (const seed of [1, 2, 3]) {
    it(`give the same figures for every window (seed ${seed})`, async () => {
      const r = createRandom(seed, "import-split");
      const dir = tempDir();
      const rows = randomRows(r, 400);
      // An earlier export taken while some dossiers were still open, then the full, later export.
      const earlier = rows.filter(() => r.chance(0.5)).map((x) => (x.status === "Đang xử lý" || r.chance(0.5) ? x : { ...x, status: "Đang xử lý", result: "" }));
      const partA = rows.filter(() => r.chance(0.5));
      const partB = rows.filter((x) => !partA.includes(x));
      const files = { all: path.join(dir, "all.csv"), earlier: path.join(dir, "earlier.csv"), a: path.join(dir, "a.csv"), b: path.join(dir, "b.csv") };
      writeCsv(files.all, rows);
      writeCsv(files.earlier, earlier);
      writeCsv(files.a, partA);
      writeCsv(files.b, partB);

      const one = createAppContext({ storePath: path.join(dir, "one.sqlite"), userName: "Kiểm thử" });
      const split = createAppContext({ storePath: path.join(dir, "split.sqlite"), userName: "Kiểm thử" });
      const imported = await importDossiers(one, { fileName: "all.csv", path: files.all });
      expect(imported.rejected).toEqual([]);
      for (const f of [files.earlier, files.a, files.b]) expect((await importDossiers(split, { fileName: path.basename(f), path: f })).rejected).toEqual([]);
      const ws = windows(r);
      expect(figuresOf(split, ws)).toEqual(figuresOf(one, ws));
      one.store.close();
      split.store.close();
    });
  }
});
