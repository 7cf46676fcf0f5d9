import { tabHref, DOSSIER_TABS, type DossierTab } from "../dossiers/tabs";
import { hrefOf } from "../nav";
import { REGISTER_GROUPS } from "../registers/groups";

export interface RegisterLink {
  href: string;
  /** The register's name, for the link's accessible name. */
  label: string;
}

type Target = { dossierTab: DossierTab } | { group: string; register?: string };

// The more specific prefixes come first: the first match wins.
const TARGETS: readonly [prefix: string, target: Target][] = [
  ["chidao.kh.", { group: "ke-hoach", register: "nhiem-vu" }],
  ["chidao.giao.", { group: "ke-hoach", register: "tinh-giao" }],
  ["chidao.kiem_tra.", { group: "kiem-tra" }],
  ["chidao.tuyen_truyen.", { group: "tuyen-truyen" }],
  ["the_che.vbqppl.", { group: "van-ban" }],
  ["cds.", { group: "van-ban" }],
  ["the_che.kiem_tra.", { group: "vbqppl" }],
  ["the_che.ra_soat.", { group: "vbqppl" }],
  ["to_chuc.bien_che.chi_tieu", { group: "can-bo", register: "bien-che" }],
  ["cong_vu.ky_luat.", { group: "can-bo", register: "ky-luat" }],
  ["to_chuc.", { group: "can-bo" }],
  ["cong_vu.", { group: "can-bo" }],
  ["tai_chinh.", { group: "tai-chinh" }],
  ["tcd.", { group: "tiep-cong-dan" }],
  ["kntc.", { group: "khieu-nai" }],
  ["tthc.pakn.", { dossierTab: "pakn" }],
  ["tthc.hai_long.", { dossierTab: "hai-long" }],
  ["tthc.danh_muc.", { dossierTab: "danh-muc" }],
];

function linkOf(target: Target): RegisterLink | null {
  if ("dossierTab" in target) {
    const tab = DOSSIER_TABS.find((t) => t.key === target.dossierTab);
    return tab ? { href: tabHref(tab.key), label: tab.label } : null;
  }
  const group = REGISTER_GROUPS.find((g) => g.slug === target.group);
  if (!group) return null;
  const register = group.registers.find((r) => r.slug === target.register);
  const path = register ? `${group.slug}/${register.slug}` : group.slug;
  return { href: `${hrefOf("du-lieu")}/${path}`, label: register ? `${group.label} – ${register.label}` : group.label };
}

/** The register a figure is counted from ("Xem sổ"), or null when it has none in the app. */
export function registerLinkOf(code: string): RegisterLink | null {
  const found = TARGETS.find(([prefix]) => code.startsWith(prefix));
  return found ? linkOf(found[1]) : null;
}

/** Whether a figure counts dossiers, whose list the drill-down shows (tthc.ho_so.* in hồ sơ; rates are not). */
export const isDossierCount = (row: { code: string; unit: string }): boolean => row.code.startsWith("tthc.ho_so.") && row.unit === "hs";
