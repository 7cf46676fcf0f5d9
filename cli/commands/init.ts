import { loadProfiles, getProfile } from "../../core/profiles";
import { kindOfUnitName, placeNameOf, UNIT_KIND_LABELS, type UnitKind } from "../../core/unit";
import { saveUnit, getUnit } from "../../core/unit";
import { AppError } from "../../core/errors";
import { nfc } from "../../core/text";
import { rejectUnknown, requireOption, stringOption, type ParsedArgs } from "../args";
import { withContext, wantsJson, type CliIO } from "../io";

const KINDS: Record<string, UnitKind> = { xa: "xa", phuong: "phuong", "dac-khu": "dac_khu", dac_khu: "dac_khu" };

export async function runInit(args: ParsedArgs, io: CliIO): Promise<number> {
  rejectUnknown(args, ["db", "unit", "province", "kind", "province-name", "user", "json"]);
  const unitName = nfc(requireOption(args, "unit", '"Xã Cẩm Giang"')).trim();
  const profileId = stringOption(args, "province") ?? "hai-phong";
  // Checked before the store is opened, so a wrong profile creates no file.
  getProfile(loadProfiles(), profileId);
  const kindOption = stringOption(args, "kind");
  if (kindOption !== undefined && !KINDS[kindOption]) throw new AppError("usage", `--kind phải là xa, phuong hoặc dac-khu (nhận được "${kindOption}").`);
  const kind = kindOption ? KINDS[kindOption]! : kindOfUnitName(unitName);

  return withContext(args, (ctx) => {
    const existed = getUnit(ctx.store.db) !== null;
    const unit = saveUnit(
      ctx.store.db,
      {
        name: unitName,
        kind,
        provinceName: stringOption(args, "province-name") ?? null,
        placeName: placeNameOf(unitName),
        profileId,
        address: null,
      },
      ctx.userName,
    );
    if (wantsJson(args)) {
      io.out(JSON.stringify({ db: ctx.store.path, unit, created: !existed }));
    } else {
      io.out(`${existed ? "Đã cập nhật" : "Đã tạo"} dữ liệu cho ${unit.name} (${UNIT_KIND_LABELS[unit.kind]}), hồ sơ tỉnh: ${profileId}.`);
      io.out(`Tệp dữ liệu: ${ctx.store.path}`);
    }
    return 0;
  });
}
