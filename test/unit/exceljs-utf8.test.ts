import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createAppContext } from "../../core/app-context";
import { importDossiers } from "../../core/dossiers/import";
import { repoRoot, useTempDir } from "../helpers";
import { writeLargeExport } from "../fixtures/large-export";

const tempDir = useTempDir();

describe("exceljs' streaming reader with Vietnamese text", () => {
  it("keeps every letter whose bytes fall across two chunks of a large file", async () => {
    const dir = tempDir();
    const file = path.join(dir, "lon.xlsx");
    await writeLargeExport(file, 40_000);
    const ctx = createAppContext({ storePath: path.join(dir, "x.sqlite"), userName: "Kiểm thử" });
    const r = await importDossiers(ctx, { fileName: "lon.xlsx", path: file });
    expect(r.rejected).toEqual([]);
    const broken = ctx.store.sqlite.prepare("SELECT count(*) AS n FROM dossiers WHERE instr(procedure_name || field || applicant_name || status_raw || channel_raw, char(65533)) > 0").get() as {
      n: number;
    };
    expect(broken.n).toBe(0);
    ctx.store.close();
  }, 60_000);

  it("is loaded only through core/import/exceljs.ts, which fixes its decoder", () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const full = path.join(dir, name);
        if (statSync(full).isDirectory()) walk(full);
        else if (/\.(ts|tsx|mjs)$/.test(name) && /^import (?!type )[^;]*from "exceljs"|require\("exceljs"\)/m.test(readFileSync(full, "utf8"))) offenders.push(path.relative(repoRoot, full));
      }
    };
    for (const top of ["core", "cli", "test", "bench", "electron"]) walk(path.join(repoRoot, top));
    expect(offenders.filter((f) => f !== path.join("core", "import", "exceljs.ts") && !f.endsWith("exceljs-utf8.test.ts"))).toEqual([]);
  });
});
