import { Segmented, Tabs } from "antd";
import { PageHeading } from "../components/Headings";
import { stack } from "../dossiers/layout";
import { REGISTER_GROUPS, type RegisterGroup } from "../registers/groups";
import { RegisterScreen } from "../registers/RegisterScreen";
import { useHashPath } from "../registers/useHashPath";

function GroupTab({ group, open, onOpen }: { group: RegisterGroup; open: string; onOpen: (slug: string) => void }) {
  const current = group.registers.find((r) => r.slug === open) ?? group.registers[0]!;
  if (group.registers.length === 1) return <RegisterScreen register={current.key} />;
  return (
    <div style={stack(12)}>
      <Segmented aria-label={`Sổ thuộc ${group.label}`} value={current.slug} onChange={(slug) => onOpen(slug)} options={group.registers.map((r) => ({ value: r.slug, label: r.label }))} />
      {/* Keyed by register: each keeps its own search and form. */}
      <RegisterScreen key={current.key} register={current.key} />
    </div>
  );
}

/** Dữ liệu khác: the registers besides the dossiers, a tab per part of the report (#/du-lieu/can-bo/bien-che). */
export function OtherData() {
  const [[groupSlug, registerSlug = ""], open] = useHashPath("du-lieu");
  const group = REGISTER_GROUPS.find((g) => g.slug === groupSlug) ?? REGISTER_GROUPS[0]!;
  return (
    // Sized by the page, never by its wide tables (they scroll inside themselves), so nothing overflows at 1366×768.
    <div style={{ contain: "inline-size", minWidth: 0 }}>
      <PageHeading title="Dữ liệu khác" />
      {/* Nine parts of the report: with antd's 32 px between tabs the last ones fall behind a "…" at 1366×768. */}
      <Tabs
        tabBarGutter={20}
        activeKey={group.slug}
        onChange={(slug) => open([slug])}
        items={REGISTER_GROUPS.map((g) => ({
          key: g.slug,
          label: g.label,
          children: g === group ? <GroupTab group={g} open={registerSlug} onOpen={(slug) => open([g.slug, slug])} /> : null,
        }))}
      />
    </div>
  );
}
