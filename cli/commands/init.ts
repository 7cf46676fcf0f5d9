import { getProfile, loadProfilesBeside, saveOwnProfile, type ProvinceProfile } from "../../core/profiles";
import { profileFromWords, wordProblems, type ProfileWords } from "../../core/profile-words";
import { resolveStorePath } from "../../core/paths";
import { kindOfUnitName, placeNameOf, UNIT_KIND_LABELS, type UnitKind } from "../../core/unit";
import { saveUnit, getUnit, type Signer } from "../../core/unit";
import { AppError } from "../../shared/errors";
import { FIELD_LIMITS, tooLong } from "../../core/field-limits";
import { fold, nfc } from "../../shared/text";
import { rejectUnknown, requireOption, stringOption, type ParsedArgs } from "../args";
import { wantsJson, type CliIO } from "../io";
import { withContext } from "../open-store";

const KINDS: Record<string, UnitKind> = { xa: "xa", phuong: "phuong", "dac-khu": "dac_khu", dac_khu: "dac_khu" };

/** "Chủ tịch", "chu tich", "Phó Chủ tịch": the chairman signs TM. for the committee, a deputy KT. for the chairman. */
const TITLES: Record<string, Pick<Signer, "position" | "signMode">> = {
  "chu tich": { position: "chu_tich", signMode: "TM" },
  "pho chu tich": { position: "pho_chu_tich", signMode: "KT" },
};

/** The signer named by --NAME and --NAME-title (the title defaulting to `defaultTitle`), or none. */
function signerOption(args: ParsedArgs, name: "signer" | "deputy", defaultTitle: string): Omit<Signer, "isDefault"> | null {
  const person = stringOption(args, name);
  const title = stringOption(args, `${name}-title`);
  if (person === undefined) {
    if (title !== undefined) throw new AppError("usage", `--${name}-title cần đi cùng --${name} "Họ tên".`);
    return null;
  }
  const role = TITLES[fold(title ?? defaultTitle)];
  if (!role) throw new AppError("usage", `--${name}-title phải là "Chủ tịch" hoặc "Phó Chủ tịch" (nhận được "${title}").`);
  const trimmed = nfc(person).trim();
  if (!trimmed) throw new AppError("usage", `--${name} cần họ tên người ký.`);
  if (trimmed.length > FIELD_LIMITS.personName) throw new AppError("usage", `--${name}: ${tooLong("Họ tên người ký", FIELD_LIMITS.personName)}.`);
  return { name: trimmed, ...role };
}

/**
 * The signers after init: those named replace the ones of the same position,
 * the others stay; the --signer signs by default. Null when none is named
 * (the list is left as it is).
 */
function signersAfter(named: Omit<Signer, "isDefault">[], main: Omit<Signer, "isDefault"> | null, existing: Signer[]): Signer[] | null {
  if (named.length === 0) return null;
  const positions = new Set(named.map((s) => s.position));
  const kept = existing.filter((s) => !positions.has(s.position));
  const defaultName = main?.name ?? kept.find((s) => s.isDefault)?.name ?? named[0]!.name;
  const all = [...named, ...kept].map((s) => ({ name: s.name, position: s.position, signMode: s.signMode, isDefault: s.name === defaultName }));
  return all.sort((a, b) => Number(b.isDefault) - Number(a.isDefault) || Number(a.position === "pho_chu_tich") - Number(b.position === "pho_chu_tich"));
}

/** The options of the province's rule in its letter's words, each named with the core's problem. */
const WORD_OPTIONS: Record<keyof ProfileWords, string> = {
  provinceName: "--province-name",
  recipient: "--recipient",
  cutOffDay: "--cut-off-day",
  estimateDay: "--estimate-day",
  dueDay: "--due-day",
  fromJanuary: "--from-january",
};

const dayOption = (args: ParsedArgs, name: string): number | null => {
  const v = stringOption(args, name);
  return v === undefined ? null : /^\s*\d+\s*$/.test(v) ? Number(v) : Number.NaN;
};

/** The profile stated by --cut-off-day, --due-day, [--estimate-day], [--from-january], --province-name, [--recipient]; null when no day is given. */
function statedProfile(args: ParsedArgs): ProvinceProfile | null {
  const stated = ["cut-off-day", "due-day", "estimate-day", "from-january", "recipient"].filter((o) => args.options.has(o));
  if (stated.length === 0) return null;
  if (args.options.has("province")) throw new AppError("usage", `--province chọn một hồ sơ tỉnh có sẵn; quy định nêu bằng --${stated[0]} thì không dùng cùng --province.`);
  const provinceName = stringOption(args, "province-name");
  if (!provinceName) throw new AppError("usage", 'Quy định của tỉnh cần tên tỉnh: --province-name "Hà Nội".');
  const cutOffDay = dayOption(args, "cut-off-day");
  if (cutOffDay === null) throw new AppError("usage", "Quy định của tỉnh cần ngày chốt số liệu: --cut-off-day N (số liệu tính đến ngày N của tháng cuối kỳ).");
  const dueDay = dayOption(args, "due-day");
  if (dueDay === null) throw new AppError("usage", "Quy định của tỉnh cần hạn gửi: --due-day N (gửi trước ngày N của tháng cuối kỳ).");
  const words: ProfileWords = {
    provinceName: nfc(provinceName),
    recipient: stringOption(args, "recipient") === undefined ? null : nfc(stringOption(args, "recipient")!),
    cutOffDay,
    estimateDay: dayOption(args, "estimate-day"),
    dueDay,
    fromJanuary: args.options.get("from-january") === true,
  };
  const [field, problem] = Object.entries(wordProblems(words))[0] ?? [];
  if (problem) throw new AppError("usage", `${WORD_OPTIONS[field as keyof ProfileWords]}: ${problem}`);
  return profileFromWords(words);
}

export async function runInit(args: ParsedArgs, io: CliIO): Promise<number> {
  rejectUnknown(args, [
    "db",
    "unit",
    "province",
    "kind",
    "province-name",
    "recipient",
    "cut-off-day",
    "estimate-day",
    "due-day",
    "from-january",
    "signer",
    "signer-title",
    "deputy",
    "deputy-title",
    "user",
    "json",
  ]);
  const unitName = nfc(requireOption(args, "unit", '"Xã Cẩm Giang"')).trim();
  const profileOption = stringOption(args, "province");
  // Checked before the store is opened, so a wrong profile or a wrong day creates no file.
  const stated = statedProfile(args);
  if (profileOption !== undefined) getProfile(loadProfilesBeside(resolveStorePath(stringOption(args, "db"))), profileOption);
  const kindOption = stringOption(args, "kind");
  if (kindOption !== undefined && !KINDS[kindOption]) throw new AppError("usage", `--kind phải là xa, phuong hoặc dac-khu (nhận được "${kindOption}").`);
  const kind = kindOption ? KINDS[kindOption]! : kindOfUnitName(unitName);
  const signer = signerOption(args, "signer", "Chủ tịch");
  const deputy = signerOption(args, "deputy", "Phó Chủ tịch");

  return withContext(args, (ctx) => {
    const before = getUnit(ctx.store.db);
    const existed = before !== null;
    const signers = signersAfter(
      [signer, deputy].filter((s) => s !== null),
      signer,
      before?.signers ?? [],
    );
    // Run again, init changes what it is given and keeps the rest.
    const profileFile = stated ? saveOwnProfile(ctx.store.path, stated) : null;
    if (stated) ctx.profiles.set(stated.id, stated);
    const profileId = stated?.id ?? profileOption ?? before?.profileId ?? "hai-phong";
    const unit = saveUnit(
      ctx.store.db,
      {
        name: unitName,
        kind,
        provinceName: stringOption(args, "province-name") ?? before?.provinceName ?? null,
        placeName: placeNameOf(unitName),
        profileId,
        address: before?.address ?? null,
        ...(signers ? { signers } : {}),
      },
      ctx.userName,
    );
    if (wantsJson(args)) {
      io.out(JSON.stringify({ db: ctx.store.path, unit, created: !existed, ...(profileFile ? { profileFile } : {}) }));
    } else {
      io.out(`${existed ? "Đã cập nhật" : "Đã tạo"} dữ liệu cho ${unit.name} (${UNIT_KIND_LABELS[unit.kind]}), hồ sơ tỉnh: ${profileId}.`);
      if (profileFile) io.out(`Quy định báo cáo của ${stated!.name} đã lưu vào tệp ${profileFile} (gửi tệp này cho các xã khác trong tỉnh).`);
      for (const s of unit.signers) io.out(`Người ký: ${s.name} (${s.position === "chu_tich" ? "Chủ tịch, ký TM." : "Phó Chủ tịch, ký KT."}${s.isDefault ? ", mặc định" : ""})`);
      io.out(`Tệp dữ liệu: ${ctx.store.path}`);
    }
    return 0;
  });
}
