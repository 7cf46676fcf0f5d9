import { useEffect, useState } from "react";
import { App as AntApp, Table, Tag, Typography, type TableProps } from "antd";
import { call, errorMessage } from "../../api";
import { EmptyNote } from "../../components/EmptyNote";
import { LoadError } from "../../components/LoadError";
import { formatNumber } from "../../format";
import { useApi } from "../../useApi";
import { formatDateTime } from "../format";
import { TAG_STYLES } from "../labels";
import type { ImportBatch } from "../types";
import { stack } from "../layout";
import { UndoButton } from "./UndoButton";

const count = (n: number) => formatNumber(n);

function BatchState({ batch }: { batch: ImportBatch }) {
  if (batch.undoneAt) {
    const by = batch.undoneBy ? ` bởi ${batch.undoneBy}` : "";
    return <Tag style={{ ...TAG_STYLES.grey, whiteSpace: "normal" }}>{`Đã hoàn tác lúc ${formatDateTime(batch.undoneAt)}${by}`}</Tag>;
  }
  return <Tag style={TAG_STYLES.green}>Đang có hiệu lực</Tag>;
}

/** Every import, newest first, with an undo for the newest one still in effect. */
export function BatchHistory({ version, onUndone }: { version: number; onUndone: () => void }) {
  const batches = useApi("dossiers.batches", {});
  const reload = batches.reload;
  const [undoing, setUndoing] = useState<string | null>(null);
  const { message } = AntApp.useApp();

  useEffect(() => {
    if (version > 0) reload();
  }, [version, reload]);

  const undo = async (batch: ImportBatch) => {
    setUndoing(batch.id);
    try {
      const r = await call("dossiers.undoBatch", { batchId: batch.id });
      void message.success(`Đã hoàn tác lần nhập tệp ${batch.fileName}: xóa ${count(r.removed)} hồ sơ thêm mới, khôi phục ${count(r.restored)} hồ sơ.`);
      onUndone();
    } catch (e) {
      void message.error({ content: `Chưa hoàn tác được: ${errorMessage(e)}`, duration: 8 });
    } finally {
      setUndoing(null);
    }
  };

  const columns: TableProps<ImportBatch>["columns"] = [
    { key: "importedAt", title: "Thời gian", width: 130, render: (_, b) => formatDateTime(b.importedAt) },
    { key: "fileName", title: "Tệp", render: (_, b) => <span style={{ overflowWrap: "break-word" }}>{b.fileName}</span> },
    { key: "importedBy", title: "Người nhập", width: 120, ellipsis: true, render: (_, b) => b.importedBy ?? "–" },
    { key: "inserted", title: "Thêm mới", width: 86, align: "right", render: (_, b) => count(b.inserted) },
    { key: "updated", title: "Cập nhật", width: 86, align: "right", render: (_, b) => count(b.updated) },
    { key: "unchanged", title: "Không đổi", width: 86, align: "right", render: (_, b) => count(b.unchanged) },
    { key: "rejected", title: "Bị từ chối", width: 86, align: "right", render: (_, b) => count(b.rejected) },
    { key: "state", title: "Trạng thái", width: 184, render: (_, b) => <BatchState batch={b} /> },
    {
      key: "action",
      title: <span className="visually-hidden">Thao tác</span>,
      width: 100,
      render: (_, b) => (b.canUndo ? <UndoButton fileName={b.fileName} busy={undoing === b.id} onConfirm={() => void undo(b)} /> : null),
    },
  ];

  if (batches.status === "error") return <LoadError message={batches.message} onRetry={reload} />;
  return (
    <section aria-labelledby="batches-title" style={stack(12)}>
      <h2 id="batches-title" className="visually-hidden">
        Lịch sử nhập
      </h2>
      <Typography.Text type="secondary">Chỉ hoàn tác được lần nhập mới nhất còn hiệu lực, vì các lần nhập sau dựa trên dữ liệu của lần trước.</Typography.Text>
      <div data-testid="batches-table">
        <Table<ImportBatch>
          rowKey="id"
          size="small"
          loading={batches.status === "loading"}
          columns={columns}
          dataSource={batches.status === "ready" ? batches.value : []}
          pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
          scroll={{ x: 1000 }}
          locale={{ emptyText: <EmptyNote>Chưa nhập tệp nào.</EmptyNote> }}
        />
      </div>
    </section>
  );
}
