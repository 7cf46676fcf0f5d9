// ESLint for the whole tree: TypeScript and React hooks rules, and the layering as rules (README "Kiểm tra mã"):
// shared/ ← db/ ← core/ ← cli/, electron/; the renderer reaches core/ only through RENDERER_SAFE.
// Import cycles are found by dpdm (npm run lint:cycles): import-x/no-cycle took three quarters of the lint's time.
import { builtinModules } from "node:module";
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import { importX, createNodeResolver } from "eslint-plugin-import-x";
import globals from "globals";

/**
 * The modules outside renderer/src the renderer may import, and that may import only each other: pure TypeScript
 * (zod, plain functions, types), no Node module, no store, no Node global. A file joins this list only when
 * everything it imports is on it too; the rules below check both.
 */
export const RENDERER_SAFE = [
  "shared/dates.ts",
  "shared/errors.ts",
  "shared/text.ts",
  "core/api/contract.ts",
  "core/api/contract/*.ts",
  "core/schemas/*.ts",
  "core/attachments/file-kinds.ts",
  "core/attachments/file-number.ts",
  "core/audit-entities.ts",
  "core/audit-words.ts",
  "core/backup/labels.ts",
  "core/backup/passphrase-rules.ts",
  "core/default-departments.ts",
  "core/exports/file-names.ts",
  "core/exports/signature.ts",
  "core/field-limits.ts",
  "core/file-size.ts",
  "core/indicators/format.ts",
  "core/indicators/land-field.ts",
  "core/indicators/report-types.ts",
  "core/number-format.ts",
  "core/outbox/labels.ts",
  "core/outline/checklist.ts",
  "core/outline/filled-types.ts",
  "core/outline/opening.ts",
  "core/outline/report-gaps.ts",
  "core/packages/format.ts",
  "core/packages/sent-files-words.ts",
  "core/periods.ts",
  "core/profile-schema.ts",
  "core/profile-words.ts",
  "core/record-labels.ts",
  "core/records/registers/!(records|table).ts",
  "core/safe-file-name.ts",
  "core/signer-labels.ts",
  "core/unit-name.ts",
  "core/value-words.ts",
  "core/vietnamese-number.ts",
];

const root = import.meta.dirname;
// One glob per list: no-restricted-paths takes exceptions only as globs when `from` is one (and "{a}" is no glob).
const inTree = (globs) => (globs.length < 2 ? globs.map((glob) => `${root}/${glob}`) : [`${root}/{${globs.join(",")}}`]);

const nodeModules = builtinModules.filter((name) => !name.startsWith("_"));
/** What only runs under Node: its modules, the store and its libraries, Electron's main process. */
const NODE_ONLY_IMPORTS = {
  paths: [...nodeModules, "electron", "better-sqlite3", "exceljs", "docx", "tsx"],
  patterns: [
    { group: ["node:*"], message: "The renderer and what it imports run without Node: no Node module." },
    { group: ["drizzle-orm", "drizzle-orm/*"], message: "Only db/ and core/ reach the store." },
  ],
};
const NODE_GLOBALS = ["Buffer", "process", "__dirname", "__filename", "require", "global"].map((name) => ({
  name,
  message: "Not in a browser: code the renderer imports stays pure.",
}));

/** `target` may not import `from` (globs under the repository), bar `except`. */
const zone = (target, from, message, except = []) => ({ target: inTree(target), from: inTree(from), except: inTree(except), message });

const ALL_CODE = ["shared/**", "db/**", "core/**", "cli/**", "electron/**", "bin/**", "renderer/**"];
const layering = [
  zone(["shared/**"], ["db/**", "core/**", "cli/**", "electron/**", "renderer/**"], "shared/ is the lowest layer: it imports nothing of the app."),
  zone(["db/**"], ["core/**", "cli/**", "electron/**", "renderer/**"], "db/ sits below core/: move what both need to shared/."),
  zone(["core/**"], ["cli/**", "electron/**", "renderer/**", "bin/**"], "core/ never imports the shells (cli/, electron/) or the renderer."),
  zone(["core/!(api)/**", "core/*.ts"], ["core/api/**"], "Domain code does not import the API layer: shared schemas live in core/schemas/."),
  zone(["cli/**"], ["electron/**", "renderer/**"], "cli/ does not import Electron or the renderer."),
  zone(["electron/**"], ["cli/**", "renderer/**"], "electron/ does not import cli/ or the renderer's source."),
  zone(["renderer/src/**"], ALL_CODE, "The renderer imports only RENDERER_SAFE modules (eslint.config.js).", [...RENDERER_SAFE, "renderer/src/**"]),
  zone(RENDERER_SAFE, ALL_CODE, "A RENDERER_SAFE module imports only other RENDERER_SAFE modules.", RENDERER_SAFE),
];

export default tseslint.config(
  {
    ignores: ["dist/**", "dist-electron/**", "release/**", "build/**", "coverage/**", "node_modules/**", "test-output/**", "db/migrations/**", "docs/**", "templates/**"],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    plugins: { "import-x": importX },
    settings: {
      "import-x/resolver-next": [createNodeResolver({ extensions: [".ts", ".tsx", ".mts", ".cts", ".mjs", ".js", ".json"] })],
      "import-x/extensions": [".ts", ".tsx", ".mts", ".cts", ".mjs", ".js"],
    },
    rules: {
      "import-x/no-restricted-paths": ["error", { zones: layering }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
      // The app strips control characters from names and text on purpose (safe file names, logs, cells).
      "no-control-regex": "off",
    },
  },
  {
    // Its page.evaluate callback runs in Chromium.
    files: ["electron/scripts/icons.mjs"],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ["core/**"],
    rules: { "no-restricted-imports": ["error", { paths: [{ name: "electron", message: "core/ runs without Electron (CLI, browser mode, the store worker)." }] }] },
  },
  {
    files: ["renderer/src/**", ...RENDERER_SAFE],
    rules: {
      "no-restricted-imports": ["error", NODE_ONLY_IMPORTS],
      "no-restricted-globals": ["error", ...NODE_GLOBALS],
    },
  },
  {
    files: ["renderer/src/**"],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
    },
  },
);
