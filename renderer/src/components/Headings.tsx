import { Button, Flex, Typography } from "antd";
import type { ReactNode } from "react";
import { useOpenHelp } from "../help/HelpContext";

function QuestionIcon() {
  return (
    <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" strokeWidth="1.4" />
      <path d="M6 6.2a2 2 0 1 1 2.8 1.8c-.5.3-.8.7-.8 1.3v.4" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" />
      <circle cx="8" cy="11.9" r=".9" fill="currentColor" />
    </svg>
  );
}

export function PageHeading({ title, children }: { title: string; children?: ReactNode }) {
  const openHelp = useOpenHelp();
  return (
    <header style={{ marginBottom: 16 }}>
      <Flex justify="space-between" align="center" gap={12}>
        <Typography.Title level={1} id="page-title" tabIndex={-1} style={{ fontSize: 24, margin: 0, outline: "none" }}>
          {title}
        </Typography.Title>
        {openHelp && (
          <Button icon={<QuestionIcon />} onClick={openHelp} title="Hướng dẫn sử dụng màn hình này (F1)" aria-keyshortcuts="F1">
            Hướng dẫn
          </Button>
        )}
      </Flex>
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
