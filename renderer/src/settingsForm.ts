import type { ApiInput, ApiOutput } from "../../core/api/contract";
import type { Department, Signer, UnitDetails, UnitKind } from "./labels";

type Profile = ApiOutput<"profiles.list">[number];

export interface DepartmentRow {
  code: string;
  name: string;
  headName: string;
  headTitle: string;
  sortOrder: number;
}

export interface SettingsValues {
  name: string;
  kind: UnitKind;
  provinceName: string;
  placeName: string;
  address: string;
  /** Who prepares the reports: the giver named on department packages. */
  preparerName: string;
  profileId: string | undefined;
  departments: DepartmentRow[];
  signers: Signer[];
}

const orEmpty = (s: string | null): string => s ?? "";

const orNull = (s: string | undefined): string | null => {
  const t = (s ?? "").trim();
  return t === "" ? null : t;
};

export function toFormValues(unit: UnitDetails | null, profiles: Profile[]): SettingsValues {
  if (!unit) {
    return {
      name: "",
      kind: "xa",
      provinceName: "",
      placeName: "",
      address: "",
      preparerName: "",
      profileId: profiles.length === 1 ? profiles[0]?.id : undefined,
      departments: [],
      signers: [],
    };
  }
  return {
    name: unit.name,
    kind: unit.kind,
    provinceName: orEmpty(unit.provinceName),
    placeName: orEmpty(unit.placeName),
    address: orEmpty(unit.address),
    preparerName: orEmpty(unit.preparerName),
    profileId: unit.profileId,
    departments: unit.departments.map((d) => ({
      code: d.code,
      name: d.name,
      headName: orEmpty(d.headName),
      headTitle: orEmpty(d.headTitle),
      sortOrder: d.sortOrder,
    })),
    signers: unit.signers.map((s) => ({ ...s })),
  };
}

/** On a first save the departments are left out, so the core creates the standard five. */
export function toSaveInput(values: SettingsValues, isFirstSave: boolean): ApiInput<"unit.save"> {
  const departments: Department[] = values.departments.map((d) => ({
    code: d.code,
    name: d.name.trim(),
    headName: orNull(d.headName),
    headTitle: orNull(d.headTitle),
    sortOrder: d.sortOrder,
  }));
  return {
    name: values.name.trim(),
    kind: values.kind,
    provinceName: orNull(values.provinceName),
    placeName: orNull(values.placeName),
    address: orNull(values.address),
    preparerName: orNull(values.preparerName),
    profileId: values.profileId ?? "",
    departments: isFirstSave && departments.length === 0 ? undefined : departments,
    signers: values.signers.map((s) => ({ ...s, name: s.name.trim() })),
  };
}
