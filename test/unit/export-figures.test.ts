import path from "node:path";
import { describe, expect, it } from "vitest";
import { createAppContext } from "../../core/app-context";
import { importDossiers } from "../../core/dossiers/import";
import { tthcFigures } from "../../core/indicators/tthc";
import { useTempDir } from "../helpers";
import { csvWithBom, headerFirstExcelDates, legacyCsv, mergedTwoRowHeader, titleBlockTextDates } from "../fixtures/dossier-exports";

const tempDir = useTempDir();

const CODES = [
  "tong",
  "ky_truoc",
  "tiep_nhan_moi",
  "tiep_nhan_truc_tuyen",
  "tiep_nhan_truc_tiep",
  "da_giai_quyet",
  "truoc_han",
  "dung_han",
  "qua_han",
  "dung_han_ty_le",
  "dang_giai_quyet",
  "dang_trong_han",
  "dang_qua_han",
  "tu_choi_rut",
  "truc_tuyen_ty_le",
] as const;

/** Counted by hand from FIXTURE_DOSSIERS (test/fixtures/dossier-exports.ts), dossier by dossier. */
const EXPECTED: { window: { from: string; to: string }; values: Record<(typeof CODES)[number], number | null> }[] = [
  {
    // Hải Phòng, Quý I 2025: 15/12/2024 – 09/03/2025
    window: { from: "2024-12-15", to: "2025-03-09" },
    values: {
      tong: 10,
      ky_truoc: 1,
      tiep_nhan_moi: 9,
      tiep_nhan_truc_tuyen: 5,
      tiep_nhan_truc_tiep: 4,
      da_giai_quyet: 5,
      truoc_han: 1,
      dung_han: 2,
      qua_han: 2,
      dung_han_ty_le: 60,
      dang_giai_quyet: 3,
      dang_trong_han: 2,
      dang_qua_han: 1,
      tu_choi_rut: 2,
      truc_tuyen_ty_le: 55.56,
    },
  },
  {
    window: { from: "2025-01-01", to: "2025-01-31" },
    values: {
      tong: 3,
      ky_truoc: 1,
      tiep_nhan_moi: 2,
      tiep_nhan_truc_tuyen: 0,
      tiep_nhan_truc_tiep: 2,
      da_giai_quyet: 3,
      truoc_han: 0,
      dung_han: 1,
      qua_han: 2,
      dung_han_ty_le: 33.33,
      dang_giai_quyet: 0,
      dang_trong_han: 0,
      dang_qua_han: 0,
      tu_choi_rut: 0,
      truc_tuyen_ty_le: 0,
    },
  },
  {
    // Hải Phòng, Năm 2025: 15/12/2024 – 09/12/2025
    window: { from: "2024-12-15", to: "2025-12-09" },
    values: {
      tong: 11,
      ky_truoc: 1,
      tiep_nhan_moi: 10,
      tiep_nhan_truc_tuyen: 6,
      tiep_nhan_truc_tiep: 4,
      da_giai_quyet: 7,
      truoc_han: 2,
      dung_han: 3,
      qua_han: 2,
      dung_han_ty_le: 71.43,
      dang_giai_quyet: 2,
      dang_trong_han: 0,
      dang_qua_han: 2,
      tu_choi_rut: 2,
      truc_tuyen_ty_le: 60,
    },
  },
  {
    // Before any dossier: zero counts, rates "–" (null), never 0 % or 100 %.
    window: { from: "2024-01-01", to: "2024-01-31" },
    values: {
      tong: 0,
      ky_truoc: 0,
      tiep_nhan_moi: 0,
      tiep_nhan_truc_tuyen: 0,
      tiep_nhan_truc_tiep: 0,
      da_giai_quyet: 0,
      truoc_han: 0,
      dung_han: 0,
      qua_han: 0,
      dung_han_ty_le: null,
      dang_giai_quyet: 0,
      dang_trong_han: 0,
      dang_qua_han: 0,
      tu_choi_rut: 0,
      truc_tuyen_ty_le: null,
    },
  },
];

describe.each([
  ["title block + text dates", titleBlockTextDates],
  ["header on row 1 + Excel dates", headerFirstExcelDates],
  ["CSV with BOM", async (d: string) => csvWithBom(d)],
  ["two-row merged header", mergedTwoRowHeader],
  ["CSV in TCVN3", async (d: string) => legacyCsv(d, "tcvn3")],
  ["CSV in VNI", async (d: string) => legacyCsv(d, "vni")],
])("the TTHC figures of an imported export: %s", (_shape, make) => {
  it("match the hand count for every window", async () => {
    const dir = tempDir();
    const file = await make(dir);
    const ctx = createAppContext({ storePath: path.join(dir, "x.sqlite"), userName: "Kiểm thử" });
    await importDossiers(ctx, { fileName: path.basename(file), path: file });
    for (const { window, values } of EXPECTED) {
      const got = tthcFigures(ctx.store.sqlite, window).values;
      const picked = Object.fromEntries(CODES.map((c) => [c, got[`tthc.ho_so.${c}`]]));
      expect(picked, `${window.from}..${window.to}`).toEqual(values);
    }
    ctx.store.close();
  });
});
