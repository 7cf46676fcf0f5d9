import { List, Skeleton, Typography } from "antd";
import { formatFigure } from "../../../core/indicators/format";
import { EmptyNote } from "../components/EmptyNote";
import { LoadError } from "../components/LoadError";
import { formatDateTime } from "../dossiers/format";
import { useApi } from "../useApi";
import type { HistoryEntry } from "./types";

const KIND_LABELS: Record<HistoryEntry["kind"], string> = {
  manual: "Nhập tay",
  override: "Ghi đè",
  estimate_override: "Điều chỉnh ước đạt",
};

const REPLACED_LABELS: Record<Exclude<HistoryEntry["kind"], "manual">, string> = {
  override: "Số tính từ sổ sách lúc đó",
  estimate_override: "Số ước đạt tự tính lúc đó",
};

function EntryItem({ entry, unit }: { entry: HistoryEntry; unit: string }) {
  const what = entry.value === null ? "Xóa số đã nhập" : `${KIND_LABELS[entry.kind]}: ${formatFigure(entry.value, unit)}`;
  return (
    <List.Item data-testid="history-entry">
      <div style={{ display: "grid", gap: 2 }}>
        <Typography.Text strong>{what}</Typography.Text>
        {entry.kind !== "manual" && entry.computedValue !== null ? (
          <Typography.Text type="secondary">
            {REPLACED_LABELS[entry.kind]}: {formatFigure(entry.computedValue, unit)}
          </Typography.Text>
        ) : null}
        {entry.reason ? <span>Lý do: {entry.reason}</span> : null}
        {entry.source ? <span>Nguồn: {entry.source}</span> : null}
        <Typography.Text type="secondary">
          Người nhập: {entry.enteredBy} · {formatDateTime(entry.enteredAt)} · {entry.supersededAt ? `đã thay thế lúc ${formatDateTime(entry.supersededAt)}` : "đang dùng"}
        </Typography.Text>
      </div>
    </List.Item>
  );
}

/** Every entry of one figure for the period, newest first. */
export function HistoryList({ period, code, unit }: { period: string; code: string; unit: string }) {
  const history = useApi("report.history", { period, code });
  if (history.status === "loading") return <Skeleton active paragraph={{ rows: 2 }} />;
  if (history.status === "error") return <LoadError message={history.message} onRetry={history.reload} />;
  return (
    <List
      size="small"
      bordered
      data-testid="history-list"
      dataSource={history.value}
      rowKey="id"
      renderItem={(entry) => <EntryItem entry={entry} unit={unit} />}
      locale={{ emptyText: <EmptyNote>Chưa ai nhập hay điều chỉnh số liệu này trong kỳ.</EmptyNote> }}
      style={{ maxHeight: 220, overflowY: "auto" }}
    />
  );
}
