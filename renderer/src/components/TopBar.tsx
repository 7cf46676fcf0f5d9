import { Button, Layout, Typography } from "antd";
import { OnlineStatus } from "../outbox/OnlineStatus";
import { PersonMenu } from "../people/PersonMenu";
import { SIDE_NAV_ID } from "./SideNav";

interface Props {
  title: string;
  subtitle: string | null;
  navCollapsed: boolean;
  onToggleNav: () => void;
}

function BarsIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true" focusable="false">
      <path d="M2 4h14M2 9h14M2 14h14" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}

export function TopBar({ title, subtitle, navCollapsed, onToggleNav }: Props) {
  return (
    <Layout.Header
      style={{
        display: "flex",
        alignItems: "center",
        gap: 16,
        padding: "0 24px 0 12px",
        background: "#fff",
        borderBottom: "1px solid #e5e5e5",
        height: 56,
        lineHeight: "normal",
      }}
    >
      <Button
        type="text"
        icon={<BarsIcon />}
        aria-label={navCollapsed ? "Mở thanh điều hướng" : "Thu gọn thanh điều hướng"}
        aria-expanded={!navCollapsed}
        aria-controls={SIDE_NAV_ID}
        onClick={onToggleNav}
      />
      <Typography.Text ellipsis style={{ minWidth: 0 }}>
        <Typography.Text strong style={{ fontSize: 16 }} data-testid="header-unit-name">
          {title}
        </Typography.Text>
        {subtitle ? <Typography.Text type="secondary"> · {subtitle}</Typography.Text> : null}
      </Typography.Text>
      <OnlineStatus />
      <PersonMenu />
    </Layout.Header>
  );
}
