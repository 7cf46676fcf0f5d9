import type { ApiOutput } from "../../core/api/contract";
import { SIGN_MODE_LABELS, SIGNER_POSITION_LABELS } from "../../core/signer-labels";

export type UnitDetails = NonNullable<ApiOutput<"unit.get">>;
export type UnitKind = UnitDetails["kind"];
export type Department = UnitDetails["departments"][number];
export type Signer = UnitDetails["signers"][number];

export const UNIT_KIND_LABELS: Record<UnitKind, string> = { xa: "Xã", phuong: "Phường", dac_khu: "Đặc khu" };

const optionsOf = <K extends string>(labels: Record<K, string>) => (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));

export const UNIT_KIND_OPTIONS = optionsOf(UNIT_KIND_LABELS);

export const SIGNER_POSITION_OPTIONS: { value: Signer["position"]; label: string }[] = optionsOf(SIGNER_POSITION_LABELS);

export const SIGN_MODE_OPTIONS: { value: Signer["signMode"]; label: string }[] = optionsOf(SIGN_MODE_LABELS);
