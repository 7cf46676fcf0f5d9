import { Typography } from "antd";
import type { ReactNode } from "react";

export function PageHeading({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <header style={{ marginBottom: 16 }}>
      <Typography.Title level={1} id="page-title" tabIndex={-1} style={{ fontSize: 24, margin: 0, outline: "none" }}>
        {title}
      </Typography.Title>
      {children && (
        <Typography.Paragraph type="secondary" style={{ margin: "4px 0 0" }}>
          {children}
        </Typography.Paragraph>
      )}
    </header>
  );
}

export function SectionTitle({ children }: { children: ReactNode }) {
  return (
    <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
      {children}
    </Typography.Title>
  );
}
