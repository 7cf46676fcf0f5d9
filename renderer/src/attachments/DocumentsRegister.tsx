import { useMemo, useState } from "react";
import { Button, Typography } from "antd";
import type { RegisterRow } from "../../../core/records/registers/descriptor";
import type { RegisterExtras } from "../registers/extras";
import { RegisterTab } from "../registers/RegisterTab";
import { formatNumber } from "../format";
import { BulkAttachModal } from "./BulkAttachModal";
import { DocumentFilesModal } from "./DocumentFilesModal";
import { PaperclipIcon } from "./PaperclipIcon";
import type { DocumentRef } from "./types";
import { useAttachmentCounts } from "./useAttachmentCounts";

const documentOf = (r: RegisterRow): DocumentRef => ({ id: r.id, numberSymbol: String(r.numberSymbol), date: String(r.date), summary: String(r.summary) });

/** The paperclip and how many files the document carries; opens its files. */
function FilesButton({ row, count, onOpen }: { row: RegisterRow; count: number | null; onOpen: () => void }) {
  const label = `Tệp đính kèm của văn bản số ${String(row.numberSymbol)}: ${count === null ? "đang tải" : `${formatNumber(count)} tệp`}`;
  return (
    <Button size="small" type={count ? "default" : "text"} onClick={onOpen} aria-label={label} title={label}>
      <span className="attachment-count">
        <PaperclipIcon />
        {count === null ? "…" : formatNumber(count)}
      </span>
    </Button>
  );
}

/** In the document's form: where its files are added (after saving, for a new one). */
function FormFilesNote({ row, count, onOpen }: { row: RegisterRow | null; count: number | null; onOpen: () => void }) {
  if (!row)
    return (
      <Typography.Paragraph type="secondary" style={{ margin: "4px 0 0" }}>
        Tệp đính kèm (bản scan, tệp Word, Excel, ảnh): lưu văn bản trước, rồi bấm nút kẹp giấy ở cột “Tệp” của văn bản trong danh sách để thêm tệp.
      </Typography.Paragraph>
    );
  return (
    <div style={{ display: "flex", gap: 8, alignItems: "center", marginTop: 4 }}>
      <Typography.Text>{`Tệp đính kèm: ${count === null ? "…" : `${formatNumber(count)} tệp`}`}</Typography.Text>
      <Button size="small" icon={<PaperclipIcon />} onClick={onOpen}>
        Xem, thêm tệp
      </Button>
    </div>
  );
}

/** Sổ văn bản đi, đến with the files its documents carry: a “Tệp” column, each document's files, attaching a folder of scans. */
export function DocumentsRegister() {
  const counts = useAttachmentCounts();
  const [filesOf, setFilesOf] = useState<DocumentRef | null>(null);
  const [bulkOpen, setBulkOpen] = useState(false);
  const { countOf, reload } = counts;

  const extras = useMemo<RegisterExtras>(
    () => ({
      columns: () => [
        {
          key: "files",
          title: "Tệp",
          width: 72,
          align: "center",
          render: (_: unknown, r: RegisterRow) => <FilesButton row={r} count={countOf(r.id)} onOpen={() => setFilesOf(documentOf(r))} />,
        },
      ],
      tools: <Button onClick={() => setBulkOpen(true)}>Đính kèm theo thư mục</Button>,
      useFormExtras: (row) => ({ addon: <FormFilesNote row={row} count={row ? countOf(row.id) : null} onOpen={() => row && setFilesOf(documentOf(row))} /> }),
    }),
    [countOf],
  );

  return (
    <>
      <RegisterTab register="documents" extras={extras} onChanged={reload} />
      {filesOf && <DocumentFilesModal document={filesOf} onClose={() => setFilesOf(null)} onChanged={reload} />}
      {bulkOpen && <BulkAttachModal onClose={() => setBulkOpen(false)} onAttached={reload} />}
    </>
  );
}
