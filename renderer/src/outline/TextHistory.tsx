import { List, Skeleton, Typography } from "antd";
import { EmptyNote } from "../components/EmptyNote";
import { LoadError } from "../components/LoadError";
import { formatDateTime } from "../dossiers/format";
import { useApi } from "../useApi";

interface Props {
  outlineId: string;
  period: string;
  itemKey: string;
  departmentCode: string | null;
}

/** Every version of one text, newest first: who wrote it, when, and from where. */
export function TextHistory({ outlineId, period, itemKey, departmentCode }: Props) {
  const history = useApi("outline.textHistory", { outlineId, period, itemKey, departmentCode });
  if (history.status === "loading") return <Skeleton active paragraph={{ rows: 2 }} />;
  if (history.status === "error") return <LoadError message={history.message} onRetry={history.reload} />;
  if (history.value.length === 0) return <EmptyNote>Chưa có phiên bản nào.</EmptyNote>;
  return (
    <List
      size="small"
      bordered
      data-testid="text-history"
      dataSource={history.value}
      renderItem={(v, i) => (
        <List.Item>
          <div style={{ display: "grid", gap: 2, width: "100%" }}>
            <Typography.Text type="secondary">
              {v.author} · {formatDateTime(v.at)}
              {v.source ? ` · ${v.source}` : ""} · {i === 0 ? "đang dùng" : "bản cũ"}
            </Typography.Text>
            {v.body ? <Typography.Paragraph style={{ whiteSpace: "pre-wrap", margin: 0 }}>{v.body}</Typography.Paragraph> : <Typography.Text italic>Đã xóa nội dung</Typography.Text>}
          </div>
        </List.Item>
      )}
    />
  );
}
