import { useState } from "react";
import { App, Button, Input, Modal, Table, Tag, Typography } from "antd";
import { errorMessage } from "../api";
import { useDebouncedValue } from "../dossiers/useDebouncedValue";
import { formatDate } from "../format";
import { LoadError } from "../components/LoadError";
import { useApi } from "../useApi";
import type { EvidenceCandidate } from "./types";
import { FileMarkTag } from "./FileMarkTag";

interface Props {
  outlineId: string;
  period: string;
  itemKey: string;
  itemLabel: string;
  onLink: (documentId: number, linked: boolean) => Promise<void>;
  onClose: () => void;
}

/** The document register, searchable, to pick the documents that evidence one item; a document may evidence several items. */
export function EvidencePicker({ outlineId, period, itemKey, itemLabel, onLink, onClose }: Props) {
  const { message } = App.useApp();
  const [search, setSearch] = useState("");
  const debounced = useDebouncedValue(search, 250);
  const documents = useApi("outline.documents", { outlineId, period, search: debounced });
  const [busy, setBusy] = useState<number | null>(null);

  const toggle = async (doc: EvidenceCandidate, linked: boolean) => {
    setBusy(doc.documentId);
    try {
      await onLink(doc.documentId, linked);
      documents.reload();
    } catch (e) {
      void message.error(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Modal open title="Thêm tài liệu minh chứng" width={900} onCancel={onClose} footer={<Button onClick={onClose}>Xong</Button>}>
      <Typography.Paragraph type="secondary">Cho mục: {itemLabel}. Chỉ liệt kê văn bản ban hành đến ngày cuối của kỳ báo cáo.</Typography.Paragraph>
      <Input.Search
        aria-label="Tìm văn bản theo số, ký hiệu hoặc trích yếu"
        placeholder="Tìm theo số, ký hiệu hoặc trích yếu (gõ không dấu cũng được)"
        allowClear
        value={search}
        onChange={(e) => setSearch(e.target.value)}
        style={{ marginBottom: 12 }}
      />
      {documents.status === "error" ? <LoadError message={documents.message} onRetry={documents.reload} /> : null}
      <Table<EvidenceCandidate>
        size="small"
        rowKey="documentId"
        data-testid="evidence-candidates"
        loading={documents.status === "loading"}
        dataSource={documents.status === "ready" ? documents.value : []}
        pagination={{ pageSize: 8, showSizeChanger: false }}
        locale={{ emptyText: "Không có văn bản phù hợp." }}
        columns={[
          { title: "Số, ký hiệu", dataIndex: "numberSymbol", width: 130 },
          { title: "Ngày", dataIndex: "date", width: 100, render: (d: string) => formatDate(d) },
          {
            title: "Trích yếu",
            dataIndex: "summary",
            render: (s: string, d) => (
              <span>
                {d.kind}: {s}
              </span>
            ),
          },
          {
            title: "Tệp",
            dataIndex: "fileCount",
            width: 110,
            render: (_: number, d) => <FileMarkTag doc={d} />,
          },
          {
            title: "Đang minh chứng cho",
            dataIndex: "linkedItems",
            width: 150,
            render: (items: string[]) => items.map((k) => <Tag key={k}>{k}</Tag>),
          },
          {
            title: "",
            key: "action",
            width: 110,
            render: (_, d) => {
              const linked = d.linkedItems.includes(itemKey);
              return (
                <Button size="small" type={linked ? "default" : "primary"} loading={busy === d.documentId} onClick={() => void toggle(d, !linked)}>
                  {linked ? "Bỏ chọn" : "Chọn"}
                </Button>
              );
            },
          },
        ]}
      />
    </Modal>
  );
}
