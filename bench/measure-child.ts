/** Child of bench/import.ts: one job, then its own peak RSS as JSON on stderr. */
import ExcelJS from "../core/import/exceljs";
import { main } from "../cli/main";

const [job, file, db] = process.argv.slice(2);
let code = 0;
if (job === "read") {
  let n = 0;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file!, { sharedStrings: "cache", styles: "cache", hyperlinks: "ignore", worksheets: "emit", entries: "ignore" });
  for await (const sheet of reader) {
    for await (const _row of sheet) n++;
    break;
  }
  process.stdout.write(`${n}\n`);
} else {
  code = await main(["import", "tthc", file!, "--db", db!, "--json"]);
}
process.stderr.write(`${JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS })}\n`);
process.exitCode = code;
