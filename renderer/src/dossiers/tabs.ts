import { useCallback } from "react";
import { hrefOf } from "../nav";
import { useHashPath } from "../registers/useHashPath";

export type DossierTab = "danh-sach" | "so-lieu" | "nhap" | "lich-su" | "danh-muc" | "pakn" | "hai-long";

export const DOSSIER_TABS: readonly { key: DossierTab; label: string }[] = [
  { key: "danh-sach", label: "Danh sách hồ sơ" },
  { key: "so-lieu", label: "Số liệu" },
  { key: "nhap", label: "Nhập từ Excel" },
  { key: "lich-su", label: "Lịch sử nhập" },
  { key: "danh-muc", label: "Danh mục TTHC" },
  { key: "pakn", label: "Phản ánh, kiến nghị" },
  { key: "hai-long", label: "Mức độ hài lòng" },
];

const DEFAULT_TAB: DossierTab = "danh-sach";

export const tabHref = (tab: DossierTab): string => `${hrefOf("ho-so")}/${tab}`;

/** The open tab of Hồ sơ TTHC, kept in the hash (#/ho-so/nhap) so a reload or the Back button finds it again. */
export function useDossierTab(): [DossierTab, (tab: DossierTab) => void] {
  const [[sub], openPath] = useHashPath("ho-so");
  const tab = DOSSIER_TABS.find((t) => t.key === sub)?.key ?? DEFAULT_TAB;
  const open = useCallback((next: DossierTab) => openPath([next]), [openPath]);
  return [tab, open];
}
