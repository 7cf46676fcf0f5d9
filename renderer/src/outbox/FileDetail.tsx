import { Typography } from "antd";
import type { OutboxEntry } from "./types";

/** Behind "Chi tiết": the file's checksum, for whoever must prove the file sent is the file exported. */
export function FileDetail({ entry }: { entry: OutboxEntry }) {
  return (
    <Typography.Paragraph style={{ margin: 0, fontSize: 12 }}>
      Mã kiểm tra (SHA-256) khi xuất:{" "}
      <Typography.Text code copyable style={{ overflowWrap: "anywhere" }}>
        {entry.sha256}
      </Typography.Text>
      <br />
      <Typography.Text type="secondary">Bên nhận có thể tính lại mã này trên tệp nhận được: trùng mã là tệp không bị sửa trên đường gửi.</Typography.Text>
    </Typography.Paragraph>
  );
}
