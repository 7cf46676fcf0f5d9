import { Button, Typography } from "antd";

interface Props {
  saving: boolean;
  note?: string | undefined;
}

export function SaveBar({ saving, note }: Props) {
  return (
    <div
      style={{
        position: "sticky",
        bottom: 0,
        zIndex: 2,
        marginTop: 16,
        padding: "12px 0",
        background: "#f5f5f5",
        borderTop: "1px solid #e5e5e5",
        display: "flex",
        gap: 12,
        alignItems: "center",
      }}
    >
      <Button type="primary" htmlType="submit" loading={saving}>
        Lưu thay đổi
      </Button>
      {note && <Typography.Text type="secondary">{note}</Typography.Text>}
    </div>
  );
}
