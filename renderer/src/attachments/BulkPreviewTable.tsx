import { Select, Table, Tag, Typography, type TableColumnsType } from "antd";
import { MATCH_STATE_LABELS } from "../../../core/attachments/file-number";
import { Clamp } from "../registers/Clamp";
import { TAG_STYLES } from "../dossiers/labels";
import { useWindowHeight } from "../dossiers/useWindowHeight";
import { formatDate } from "../format";
import { fileSize } from "../outbox/outboxPrint";
import type { DocumentRef } from "./types";
import type { BulkRow } from "./useBulkAttach";

const documentLabel = (d: DocumentRef) => `${d.numberSymbol} – ${formatDate(d.date)}`;

function StateTag({ row }: { row: BulkRow }) {
  if (row.problem) return <Tag style={TAG_STYLES.red}>Bị từ chối</Tag>;
  const state = row.match?.state ?? "khong_khop";
  if (state === "khop") return <Tag style={TAG_STYLES.green}>{MATCH_STATE_LABELS.khop}</Tag>;
  if (state === "nhieu") return <Tag style={row.documentId ? TAG_STYLES.blue : TAG_STYLES.orange}>{row.documentId ? "Đã chọn văn bản" : MATCH_STATE_LABELS.nhieu}</Tag>;
  return <Tag style={TAG_STYLES.grey}>{MATCH_STATE_LABELS.khong_khop}</Tag>;
}

function DocumentCell({ row, documents, onChoose }: { row: BulkRow; documents: ReadonlyMap<number, DocumentRef>; onChoose: (documentId: number | null) => void }) {
  if (row.problem) return <Typography.Text type="danger">{row.problem}</Typography.Text>;
  const match = row.match;
  if (match?.state === "nhieu")
    return (
      <Select
        aria-label={`Chọn văn bản cho tệp ${row.file.name}`}
        placeholder="Chọn văn bản nhận tệp này"
        allowClear
        style={{ width: "100%" }}
        value={row.documentId}
        onChange={(v: number | undefined) => onChoose(v ?? null)}
        options={match.documentIds.flatMap((id) => {
          const d = documents.get(id);
          return d ? [{ value: id, label: `${documentLabel(d)}: ${d.summary}` }] : [];
        })}
      />
    );
  const d = match?.state === "khop" ? documents.get(match.documentId) : undefined;
  if (!d) return <Typography.Text type="secondary">Không đính kèm (tên tệp không chứa số, ký hiệu của văn bản nào trong sổ).</Typography.Text>;
  return (
    <div>
      <Typography.Text strong>{documentLabel(d)}</Typography.Text>
      <Clamp text={d.summary} />
    </div>
  );
}

/** The dialog's title, summary line, table header and buttons at 1366×768. */
const RESERVED_HEIGHT = 300;

interface Props {
  rows: readonly BulkRow[];
  documents: ReadonlyMap<number, DocumentRef>;
  busy: boolean;
  onChoose: (key: number, documentId: number | null) => void;
}

/** Each picked file and the register entry it goes to, before anything is taken. */
export function BulkPreviewTable({ rows, documents, busy, onChoose }: Props) {
  const height = Math.max(240, useWindowHeight() - RESERVED_HEIGHT);
  const columns: TableColumnsType<BulkRow> = [
    {
      key: "file",
      title: "Tệp",
      width: 280,
      render: (_, r) => (
        <div>
          <span style={{ overflowWrap: "anywhere" }}>{r.shownName}</span>
          <Typography.Text type="secondary" style={{ display: "block", fontSize: 12 }}>
            {fileSize(r.file.size)}
          </Typography.Text>
        </div>
      ),
    },
    { key: "document", title: "Văn bản nhận tệp (số, ngày, trích yếu)", render: (_, r) => <DocumentCell row={r} documents={documents} onChoose={(id) => !busy && onChoose(r.key, id)} /> },
    { key: "state", title: "Kết quả ghép", width: 210, render: (_, r) => <StateTag row={r} /> },
  ];
  return (
    <div data-testid="bulk-preview">
      <Table<BulkRow> rowKey="key" size="small" columns={columns} dataSource={[...rows]} pagination={false} scroll={{ y: height }} />
    </div>
  );
}
