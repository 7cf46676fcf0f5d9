import os from "node:os";
import { defineConfig } from "vitest/config";

// Every unit and integration test runs with the machine on UTC; those that touch dates run a second time on Vietnam
// time, since dates must not depend on the machine's time zone.
//
// The rule: a test file runs on both unless what it checks cannot meet a date – no clock read and turned into a day
// or an hour, no date read from or written into a file (imports, exports, packages, backups, logs), no period,
// window, cut-off or deadline. Those files are listed here and run once. A new test file runs on both until it is
// added to this list, so forgetting it costs time, never a missed time-zone bug.
const NO_DATES = [
  "app-folders", // where the data folder is
  "attachment-picks", // files checked before sending
  "cli-failure", // what the command line says and logs of an error (the log's time is UTC)
  "archive-limits", // oversized and lying zip parts
  "content-security-policy",
  "crash-safety", // processes killed mid-way: store integrity, before/after snapshots
  "damaged-export", // damaged bytes refused in time
  "disk-full",
  "electron-guards",
  "exceljs-utf8", // text decoding
  "file-size",
  "fill-form-xml", // numbers written into sheet XML
  "first-run-values", // departments and signers
  "http-server",
  "import-crash", // an import killed mid-way
  "init-signers", // who signs, and with which title
  "lint-boundaries", // the import rules of the tree
  "number-format",
  "outline-limits",
  "package-giver", // the name a package is given by
  "packaging",
  "passphrase-copies",
  "personal-data", // citizens' names
  "phu-luc-3-checks", // arithmetic checks on a table of numbers
  "procedure-catalogue",
  "reader-fuzz", // damaged copies of a file
  "restore-schema",
  "safe-paths",
  "satisfaction-targets",
  "spec-copy",
  "store",
  "store-lost",
  "store-worker",
  "store-worker-progress", // the progress box's words
  "unit-wording", // "xã" or "phường" in the documents
  "upload-limit", // the size of a file sent to the app
  "unlock-guessing", // delays between passphrase guesses
  "vietnamese-number",
  "viewer-copy", // the copy a viewer opens
  "who-is-working-start",
  "whole-data-limit", // the size of the whole-data file
  "xlsx-part-order", // the order of a workbook's zip parts
].map((name) => `test/unit/${name}.test.ts`);

// Test files share one module registry per worker (isolate: false): each file no longer loads the core, zod, docx and
// exceljs afresh, which took half the suite's time. A file that replaces a module (vi.mock) would leak the stand-in into
// the files after it, so those run isolated; files that change process.env put it back themselves.
const MOCKS_MODULES = ["packaging"].map((name) => `test/unit/${name}.test.ts`);

const unit = { include: ["test/unit/**/*.test.ts"], testTimeout: 30_000, isolate: false, exclude: MOCKS_MODULES };
const isolated = { include: MOCKS_MODULES, testTimeout: 30_000 };

export default defineConfig({
  test: {
    globalSetup: ["test/cli-bundle-setup.ts", "test/run-cache-setup.ts"],
    // vitest leaves one core to itself (2 cores: one test file at a time), but it only waits while the files run,
    // and many of them wait too, on the cchc processes they start.
    maxWorkers: os.availableParallelism(),
    projects: [
      { test: { ...unit, name: "utc", env: { TZ: "UTC" } } },
      { test: { ...unit, name: "hcm", exclude: [...MOCKS_MODULES, ...NO_DATES], env: { TZ: "Asia/Ho_Chi_Minh" } } },
      { test: { ...isolated, name: "utc-isolated", env: { TZ: "UTC" } } },
      { test: { ...isolated, name: "hcm-isolated", exclude: NO_DATES, env: { TZ: "Asia/Ho_Chi_Minh" } } },
    ],
  },
});
