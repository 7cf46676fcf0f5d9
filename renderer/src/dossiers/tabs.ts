import { useCallback, useEffect, useState } from "react";
import { hrefOf } from "../nav";

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

function tabFromHash(hash: string): DossierTab | null {
  const sub = hash.replace(/^#\/?/, "").split(/[/?]/)[1] ?? "";
  return DOSSIER_TABS.find((t) => t.key === sub)?.key ?? null;
}

/** The open tab of Hồ sơ TTHC, kept in the hash (#/ho-so/nhap) so a reload or the Back button finds it again. */
export function useDossierTab(): [DossierTab, (tab: DossierTab) => void] {
  const [tab, setTab] = useState<DossierTab>(() => tabFromHash(window.location.hash) ?? DEFAULT_TAB);

  useEffect(() => {
    const sync = () => setTab(tabFromHash(window.location.hash) ?? DEFAULT_TAB);
    window.addEventListener("hashchange", sync);
    return () => window.removeEventListener("hashchange", sync);
  }, []);

  const open = useCallback((next: DossierTab) => {
    window.location.hash = tabHref(next);
  }, []);

  return [tab, open];
}
