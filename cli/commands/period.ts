import { existsSync } from "node:fs";
import { getProfile, loadProfilesBeside } from "../../core/profiles";
import { resolveStorePath } from "../../core/paths";
import { resolvePeriod } from "../../core/periods";
import { formatDateVi } from "../../shared/dates";
import { rejectUnknown, requireOption, stringOption, type ParsedArgs } from "../args";
import { wantsJson, type CliIO } from "../io";

export async function runPeriod(args: ParsedArgs, io: CliIO): Promise<number> {
  rejectUnknown(args, ["db", "period", "profile", "user", "json"]);
  const spec = requireOption(args, "period", "2025-Q1");
  const profile = getProfile(loadProfilesBeside(resolveStorePath(stringOption(args, "db"))), stringOption(args, "profile") ?? (await unitProfileId(args)) ?? "hai-phong");
  const p = resolvePeriod(spec, profile);
  if (wantsJson(args)) {
    io.out(JSON.stringify({ profile: profile.id, ...p }));
    return 0;
  }
  io.out(`${p.label} (${profile.name}): số liệu từ ngày ${formatDateVi(p.from)} đến ngày ${formatDateVi(p.to)}.`);
  if (p.estimateTo) io.out(`Ước đạt đến ngày ${formatDateVi(p.estimateTo)}.`);
  if (p.due) io.out(`Hạn gửi báo cáo: ${formatDateVi(p.due)}.`);
  return 0;
}

/** The profile saved for the unit, read only where a store already exists: working out a period needs no store. */
async function unitProfileId(args: ParsedArgs): Promise<string | undefined> {
  if (!existsSync(resolveStorePath(stringOption(args, "db")))) return undefined;
  const [{ openContext }, { getUnit }] = await Promise.all([import("../open-store"), import("../../core/unit")]);
  const ctx = openContext(args, { mustExist: true });
  try {
    return getUnit(ctx.store.db)?.profileId;
  } finally {
    ctx.store.close();
  }
}
