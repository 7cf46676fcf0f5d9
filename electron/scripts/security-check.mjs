// Runs Electronegativity over electron/ for the Electron version the app pins,
// prints every finding, and fails on any of high or critical severity.
// The check that downloads Electron's release list is left out: CI is offline.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"));
const electronVersion = (pkg.devDependencies?.electron ?? pkg.dependencies?.electron ?? "").replace(/^[^\d]*/, "");
const report = path.join(root, "test-output", "electronegativity.csv");
mkdirSync(path.dirname(report), { recursive: true });
// Electronegativity writes over an existing report without truncating it.
rmSync(report, { force: true });

const bin = path.join(root, "node_modules", ".bin", process.platform === "win32" ? "electronegativity.cmd" : "electronegativity");
const run = spawnSync(bin, ["-i", path.join(root, "electron"), "-e", electronVersion, "-r", "-v", "false", "-x", "AvailableSecurityFixesGlobalCheck", "-o", report], {
  cwd: root,
  encoding: "utf8",
});
if (run.status !== 0) {
  console.error(run.stdout, run.stderr);
  console.error(`Electronegativity không chạy được (mã ${run.status}).`);
  process.exit(2);
}

/** One CSV record: fields split on commas outside double quotes, "" inside quotes being a quote. */
function csvFields(line) {
  const fields = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted && c === '"' && line[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (c === "," && !quoted) {
      fields.push(field.trim());
      field = "";
    } else field += c;
  }
  fields.push(field.trim());
  return fields;
}

const rows = readFileSync(report, "utf8").trim().split("\n").slice(1).filter((l) => l.trim());
const findings = rows.map((line) => {
  const [issue, severity, confidence, file, location] = csvFields(line);
  return { issue, severity, confidence, file, location };
});
console.log(`Electronegativity (Electron ${electronVersion}): ${findings.length} phát hiện trên electron/.`);
for (const f of findings) console.log(`  ${f.severity.padEnd(13)} ${f.confidence.padEnd(9)} ${f.issue} (${f.file} ${f.location})`);
const serious = findings.filter((f) => f.severity === "HIGH" || f.severity === "CRITICAL");
if (serious.length > 0) {
  console.error(`${serious.length} phát hiện mức HIGH/CRITICAL: sửa trước khi phát hành.`);
  process.exit(1);
}
console.log("Không có phát hiện mức HIGH/CRITICAL.");
