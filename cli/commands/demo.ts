import { generateDemo } from "../../core/demo";
import { formatDateVi, parseIsoDate, todayInVietnam } from "../../shared/dates";
import { inRecordOrder, recordLabel } from "../../core/record-labels";
import { AppError } from "../../shared/errors";
import { intOption, rejectUnknown, stringOption, type ParsedArgs } from "../args";
import { wantsJson, type CliIO } from "../io";
import { withContext } from "../open-store";
import { formatNumber } from "../../core/number-format";

export async function runDemo(args: ParsedArgs, io: CliIO): Promise<number> {
  rejectUnknown(args, ["db", "seed", "dossiers", "until", "user", "json"]);
  const seed = intOption(args, "seed", 0, 2 ** 31 - 1) ?? 1;
  const dossiers = intOption(args, "dossiers", 0, 5_000_000);
  const until = stringOption(args, "until") ?? todayInVietnam();
  if (!parseIsoDate(until) || until < "2024-07-01") {
    throw new AppError("usage", `--until phải là một ngày dạng YYYY-MM-DD từ 2024-07-01 trở đi (nhận được "${until}").`);
  }
  return withContext(args, (ctx) => {
    const summary = generateDemo(ctx.store, { seed, until, dossiers, userName: ctx.userName });
    if (wantsJson(args)) {
      io.out(JSON.stringify({ db: ctx.store.path, ...summary }));
    } else {
      io.out(`Đã điền dữ liệu mẫu cho ${summary.unitName} (từ ${formatDateVi(summary.from)} đến ${formatDateVi(summary.until)}):`);
      for (const table of inRecordOrder(Object.keys(summary.counts))) io.out(`  ${recordLabel(table)}: ${formatNumber(summary.counts[table]!)}`);
    }
    return 0;
  });
}
