import type { CSSProperties } from "react";
import { TAG_STYLES } from "../dossiers/labels";
import type { ReportRow } from "./types";

export interface Badge {
  label: string;
  style: CSSProperties;
}

const PURPLE: CSSProperties = { color: "#391085", background: "#f9f0ff", borderColor: "#d3adf7" };

export const ORIGIN_BADGES: Record<ReportRow["origin"], Badge> = {
  tu_dong: { label: "Tự động", style: TAG_STYLES.grey },
  nhap_tay: { label: "Nhập tay", style: TAG_STYLES.blue },
  ghi_de: { label: "Ghi đè", style: PURPLE },
  chua_co: { label: "Chưa có", style: TAG_STYLES.orange },
};

export const ESTIMATE_BADGES: Record<NonNullable<ReportRow["estimateOrigin"]>, Badge> = {
  uoc: { label: "Ước", style: TAG_STYLES.grey },
  ghi_de: ORIGIN_BADGES.ghi_de,
};

/** Where the catalogue says a figure comes from. */
export const SOURCE_LABELS: Record<ReportRow["source"], string> = {
  C: "Sổ sách",
  M: "Nhập tay",
  "C/M": "Sổ sách/nhập tay",
};

export const CHECK_LEVEL_LABELS: Record<"error" | "warning", string> = { error: "Lỗi", warning: "Lưu ý" };
