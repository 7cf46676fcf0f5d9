// Runs Electronegativity over electron/ for the Electron version the app pins,
// prints every finding, and fails on any of high or critical severity.
// Called through its API rather than its CLI: the CLI's CSV report is written
// by two unsynchronised writes and comes out garbled now and then.
// The check that downloads Electron's release list is left out: CI is offline.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"));
const electronVersion = (pkg.devDependencies?.electron ?? pkg.dependencies?.electron ?? "").replace(/^[^\d]*/, "");
const run = createRequire(import.meta.url)("@doyensec/electronegativity");

const { issues, errors } = await run(
  {
    input: path.join(root, "electron"),
    isSarif: false,
    customScan: [],
    excludeFromScan: ["availablesecurityfixesglobalcheck"],
    isRelative: true,
    isVerbose: false,
    electronVersionOverride: electronVersion,
    parserPlugins: [],
  },
  false,
);

for (const e of errors) console.error(`Không đọc được ${e.file}: ${e.message}`);
console.log(`Electronegativity (Electron ${electronVersion}): ${issues.length} phát hiện trên electron/.`);
for (const i of issues) console.log(`  ${i.severity.name.padEnd(13)} ${i.confidence.name.padEnd(9)} ${i.id} (${i.file} ${i.location.line}:${i.location.column})`);
const serious = issues.filter((i) => i.severity.name === "HIGH" || i.severity.name === "CRITICAL");
if (errors.some((e) => !e.tolerable)) {
  console.error("Có tệp Electronegativity không đọc được: kết quả không đủ tin cậy.");
  process.exit(2);
}
if (serious.length > 0) {
  console.error(`${serious.length} phát hiện mức HIGH/CRITICAL: sửa trước khi phát hành.`);
  process.exit(1);
}
console.log("Không có phát hiện mức HIGH/CRITICAL.");
