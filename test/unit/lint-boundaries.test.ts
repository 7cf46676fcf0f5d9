/**
 * The layering is a rule `npm run lint` enforces, not a habit: each planted
 * violation is reported, the same file without it is not, and the files the
 * rules guard pass as they are. ESLint runs in-process on the repository's
 * own eslint.config.js; the cycle check runs package.json's own lint:cycles
 * line on a small planted tree.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ESLint } from "eslint";
import { afterAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const BOUNDARY_RULES = new Set(["import-x/no-restricted-paths", "no-restricted-imports", "no-restricted-globals"]);
const eslint = new ESLint({ cwd: root, ruleFilter: ({ ruleId }) => BOUNDARY_RULES.has(ruleId) });

/** The boundary rules' findings for `text` linted as if it were the file at `file` (relative to the repository). */
async function findings(file: string, text: string): Promise<string[]> {
  const [result] = await eslint.lintText(text, { filePath: path.join(root, file) });
  return result!.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

const realText = (file: string) => readFileSync(path.join(root, file), "utf8");

interface Plant {
  what: string;
  file: string;
  /** The file's text without the violation. */
  clean: () => string;
  planted: string;
  rule: string;
}

const plants: Plant[] = [
  {
    what: "the renderer imports node:fs",
    file: "renderer/src/planted.ts",
    clean: () => `import { fold } from "../../shared/text";\nexport const f = fold;\n`,
    planted: `import { readFileSync } from "node:fs";\nexport const f = readFileSync;\n`,
    rule: "no-restricted-imports",
  },
  {
    what: "the renderer imports better-sqlite3",
    file: "renderer/src/planted.ts",
    clean: () => `export const f = 1;\n`,
    planted: `import Database from "better-sqlite3";\nexport const f = Database;\n`,
    rule: "no-restricted-imports",
  },
  {
    what: "the renderer imports drizzle-orm",
    file: "renderer/src/planted.ts",
    clean: () => `export const f = 1;\n`,
    planted: `import { eq } from "drizzle-orm";\nexport const f = eq;\n`,
    rule: "no-restricted-imports",
  },
  {
    what: "the renderer imports a core file not meant for it",
    file: "renderer/src/planted.ts",
    clean: () => `import { placeNameOf } from "../../core/unit-name";\nexport const f = placeNameOf;\n`,
    planted: `import { getUnit } from "../../core/unit";\nexport const f = getUnit;\n`,
    rule: "import-x/no-restricted-paths",
  },
  {
    what: "core imports the electron package",
    file: "core/planted.ts",
    clean: () => `import { AppError } from "../shared/errors";\nexport const f = AppError;\n`,
    planted: `import { app } from "electron";\nexport const f = app;\n`,
    rule: "no-restricted-imports",
  },
  {
    what: "core imports electron/",
    file: "core/planted.ts",
    clean: () => `export const f = 1;\n`,
    planted: `import { createMainWindow } from "../electron/window";\nexport const f = createMainWindow;\n`,
    rule: "import-x/no-restricted-paths",
  },
  {
    what: "core imports cli/",
    file: "core/planted.ts",
    clean: () => `export const f = 1;\n`,
    planted: `import { main } from "../cli/main";\nexport const f = main;\n`,
    rule: "import-x/no-restricted-paths",
  },
  {
    what: "a core file the renderer uses imports node:fs",
    file: "core/field-limits.ts",
    clean: () => realText("core/field-limits.ts"),
    planted: `import { readFileSync } from "node:fs";\nexport const read = readFileSync;\n${realText("core/field-limits.ts")}`,
    rule: "no-restricted-imports",
  },
  {
    what: "a core file the renderer uses reaches a Node-only core file",
    file: "core/field-limits.ts",
    clean: () => realText("core/field-limits.ts"),
    planted: `import { defaultDataDir } from "./paths";\nexport const dir = defaultDataDir;\n${realText("core/field-limits.ts")}`,
    rule: "import-x/no-restricted-paths",
  },
  {
    what: "a core file the renderer uses takes Node's Buffer",
    file: "core/safe-file-name.ts",
    clean: () => realText("core/safe-file-name.ts"),
    planted: `${realText("core/safe-file-name.ts")}\nexport const bytes = (s: string) => Buffer.byteLength(s);\n`,
    rule: "no-restricted-globals",
  },
  {
    what: "db imports core/api",
    file: "db/planted.ts",
    clean: () => `import { AppError } from "../shared/errors";\nexport const f = AppError;\n`,
    planted: `import { api } from "../core/api/contract";\nexport const f = api;\n`,
    rule: "import-x/no-restricted-paths",
  },
  {
    what: "shared imports core",
    file: "shared/planted.ts",
    clean: () => `export const f = 1;\n`,
    planted: `import { FIELD_LIMITS } from "../core/field-limits";\nexport const f = FIELD_LIMITS;\n`,
    rule: "import-x/no-restricted-paths",
  },
  {
    what: "domain code imports the API layer",
    file: "core/planted.ts",
    clean: () => `import { unitSchema } from "./schemas/unit";\nexport const f = unitSchema;\n`,
    planted: `import { unitSchema } from "./api/contract";\nexport const f = unitSchema;\n`,
    rule: "import-x/no-restricted-paths",
  },
];

/** Core files the renderer imports today: linted as they are above (the whole tree is `npm run lint`'s). */
const RENDERER_SAFE_SAMPLE = ["core/api/contract.ts", "core/api/contract", "core/schemas", "core/records/registers", "core/exports/file-names.ts", "core/outline/checklist.ts"];

describe("npm run lint: the layering", () => {
  for (const plant of plants) {
    it(`reports ${plant.what}`, async () => {
      expect(await findings(plant.file, plant.clean())).toEqual([]);
      const found = await findings(plant.file, plant.planted);
      expect(found.length).toBeGreaterThan(0);
      expect(found.every((f) => f.startsWith(`${plant.rule}:`))).toBe(true);
    });
  }

  it("passes the renderer, the files it may import, db/ and shared/ as they are", async () => {
    const results = await eslint.lintFiles(["renderer/src", "shared", "db", ...RENDERER_SAFE_SAMPLE]);
    const problems = results.flatMap((r) => r.messages.map((m) => `${path.relative(root, r.filePath)}:${m.line} ${m.ruleId}: ${m.message}`));
    expect(problems).toEqual([]);
    expect(results.length).toBeGreaterThan(200);
  }, 120_000);
});

describe("npm run lint: import cycles", () => {
  const tree = mkdtempSync(path.join(os.tmpdir(), "lint-cycles-"));
  afterAll(() => rmSync(tree, { recursive: true, force: true }));
  const script = (JSON.parse(realText("package.json")) as { scripts: Record<string, string> }).scripts["lint:cycles"]!;

  /** Runs lint:cycles over `files` in a tree of their own: its exit code and what it printed. */
  function lintCycles(files: Record<string, string>): { code: number; out: string } {
    rmSync(tree, { recursive: true, force: true });
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(tree, file)), { recursive: true });
      writeFileSync(path.join(tree, file), text);
    }
    const env = { ...process.env, PATH: `${path.join(root, "node_modules/.bin")}${path.delimiter}${process.env.PATH}` };
    try {
      return { code: 0, out: execFileSync("sh", ["-c", script], { cwd: tree, env, encoding: "utf8", stdio: "pipe" }) };
    } catch (e) {
      const failed = e as { status: number; stdout: string };
      return { code: failed.status, out: failed.stdout };
    }
  }

  it("fails on a planted cycle, type-only imports included, and passes without it", () => {
    const a = `import { b } from "./b";\nexport const a = () => b;\n`;
    expect(lintCycles({ "core/a.ts": a, "core/b.ts": `export const b = 1;\n` }).code).toBe(0);
    const planted = lintCycles({ "core/a.ts": a, "core/b.ts": `import type { a } from "./a";\nexport const b: typeof a | 1 = 1;\n` });
    expect(planted.code).toBe(1);
    expect(planted.out).toMatch(/Circular Dependencies\s+1\) core\/[ab]\.ts -> core\/[ab]\.ts/);
    const acrossFolders = lintCycles({ "core/a.ts": `import { s } from "../shared/s";\nexport const a = s;\n`, "shared/s.ts": `import { a } from "../core/a";\nexport const s = () => a;\n` });
    expect(acrossFolders.code).toBe(1);
  }, 60_000);
});
