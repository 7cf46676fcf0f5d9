import { getProfile } from "../../core/profiles";
import { resolvePeriod } from "../../core/periods";
import { formatDateVi } from "../../core/dates";
import { getUnit } from "../../core/unit";
import { rejectUnknown, requireOption, stringOption, type ParsedArgs } from "../args";
import { withContext, wantsJson, type CliIO } from "../io";

export async function runPeriod(args: ParsedArgs, io: CliIO): Promise<number> {
  rejectUnknown(args, ["db", "period", "profile", "user", "json"]);
  const spec = requireOption(args, "period", "2025-Q1");
  return withContext(args, (ctx) => {
    const profile = getProfile(ctx.profiles, stringOption(args, "profile") ?? getUnit(ctx.store.db)?.profileId ?? "hai-phong");
    const p = resolvePeriod(spec, profile);
    if (wantsJson(args)) {
      io.out(JSON.stringify({ profile: profile.id, ...p }));
      return 0;
    }
    io.out(`${p.label} (${profile.name}): số liệu từ ngày ${formatDateVi(p.from)} đến ngày ${formatDateVi(p.to)}.`);
    if (p.estimateTo) io.out(`Ước đạt đến ngày ${formatDateVi(p.estimateTo)}.`);
    if (p.due) io.out(`Hạn gửi báo cáo: ${formatDateVi(p.due)}.`);
    return 0;
  });
}
