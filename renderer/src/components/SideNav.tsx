import { Layout, Menu } from "antd";
import { SECTIONS, hrefOf, type SectionKey } from "../nav";
import { sectionKeys } from "../shortcuts/keys";

export const SIDE_NAV_ID = "side-nav";

interface Props {
  current: SectionKey;
  collapsed: boolean;
  onCollapse: (collapsed: boolean) => void;
}

export function SideNav({ current, collapsed, onCollapse }: Props) {
  const items = SECTIONS.map((s) => ({
    key: s.key,
    label: (
      <a href={hrefOf(s.key)} aria-current={s.key === current ? "page" : undefined} title={`${s.label} (${sectionKeys(s.key)})`} aria-keyshortcuts={sectionKeys(s.key)}>
        {s.label}
      </a>
    ),
  }));

  return (
    <Layout.Sider id={SIDE_NAV_ID} width={224} collapsedWidth={0} collapsible collapsed={collapsed} onCollapse={(value) => onCollapse(value)} breakpoint="lg" trigger={null}>
      <div style={{ padding: "18px 24px 14px", color: "#fff" }}>
        <div style={{ fontSize: 18, fontWeight: 600, whiteSpace: "nowrap" }}>CCHC Xã</div>
        <div style={{ fontSize: 12, color: "rgba(255, 255, 255, 0.75)", whiteSpace: "nowrap" }}>Cải cách hành chính cấp xã</div>
      </div>
      <nav aria-label="Các mục chính" inert={collapsed}>
        <Menu
          theme="dark"
          mode="inline"
          selectedKeys={[current]}
          items={items}
          onClick={({ key }) => {
            window.location.hash = hrefOf(key as SectionKey);
          }}
        />
      </nav>
    </Layout.Sider>
  );
}
