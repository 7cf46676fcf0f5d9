import type { ApiOutput } from "../../core/api/contract";

export type UnitDetails = NonNullable<ApiOutput<"unit.get">>;
export type UnitKind = UnitDetails["kind"];
export type Department = UnitDetails["departments"][number];
export type Signer = UnitDetails["signers"][number];

export const UNIT_KIND_LABELS: Record<UnitKind, string> = { xa: "Xã", phuong: "Phường", dac_khu: "Đặc khu" };

export const UNIT_KIND_OPTIONS = (Object.keys(UNIT_KIND_LABELS) as UnitKind[]).map((value) => ({
  value,
  label: UNIT_KIND_LABELS[value],
}));

export const SIGNER_POSITION_OPTIONS: { value: Signer["position"]; label: string }[] = [
  { value: "chu_tich", label: "Chủ tịch" },
  { value: "pho_chu_tich", label: "Phó Chủ tịch" },
];

export const SIGN_MODE_OPTIONS: { value: Signer["signMode"]; label: string }[] = [
  { value: "TM", label: "TM. (thay mặt)" },
  { value: "KT", label: "KT. (ký thay)" },
];
