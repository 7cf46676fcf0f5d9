import { Typography } from "antd";

export function EmptyNote({ children }: { children: string }) {
  return (
    <Typography.Text type="secondary" style={{ display: "block", padding: "8px 0" }}>
      {children}
    </Typography.Text>
  );
}
