import dayjs from "dayjs";
import { Button, DatePicker, Flex, Input, List, Typography } from "antd";
import { FIELD_LIMITS } from "../../../core/field-limits";
import type { PackageFileRef } from "../../../core/packages/format";
import { PickButton } from "../attachments/FileDropArea";
import { formatDate } from "../format";
import { documentRow, type AddedFile, type DocumentRow } from "./draft";
import { EvidenceFiles } from "./EvidenceFiles";
import type { FileTarget } from "./replyFiles";
import type { Part } from "./types";

type CommuneDocument = Part["evidence"][number]["current"][number];

interface Props {
  evidence: Part["evidence"];
  rows: DocumentRow[][];
  /** Files being read: the pickers wait. */
  adding: boolean;
  onChange: (index: number, rows: DocumentRow[]) => void;
  onAddFiles: (index: number, target: FileTarget, files: File[]) => void;
  onOpen: (file: PackageFileRef | AddedFile) => void;
}

interface CommuneProps {
  label: string;
  docs: CommuneDocument[];
  onOpen: Props["onOpen"];
  adding?: boolean;
  addFiles?: (d: CommuneDocument) => (files: File[]) => void;
}

const refOf = (d: { numberSymbol: string; date: string }) => `${d.numberSymbol} ngày ${formatDate(d.date)}`;

/**
 * The documents the commune shows: number and date with their files to open,
 * and (for the item's own documents, one a line) files to add; the heading's
 * documents, repeated under each of its items, run on beside each other.
 */
function CommuneDocuments({ label, docs, onOpen, adding = false, addFiles }: CommuneProps) {
  const documents = docs.map((d) => (
    <Flex key={`${d.numberSymbol}|${d.date}`} gap={10} align="center" wrap className="evidence-document">
      <Typography.Text title={d.summary}>{refOf(d)}</Typography.Text>
      <EvidenceFiles files={d.files ?? []} onOpen={onOpen} />
      {addFiles ? <AddFiles label={`Thêm tệp cho văn bản ${d.numberSymbol}`} busy={adding} onFiles={addFiles(d)} /> : null}
    </Flex>
  ));
  const heading = <Typography.Text type="secondary">{label}</Typography.Text>;
  return addFiles ? (
    <div>
      {heading}
      {documents}
    </div>
  ) : (
    <Flex gap="0 24px" align="center" wrap className="evidence-documents-inline">
      {heading}
      {documents}
    </Flex>
  );
}

function AddFiles({ label, busy, onFiles }: { label: string; busy: boolean; onFiles: (files: File[]) => void }) {
  return <PickButton size="small" label="Thêm tệp" inputLabel={label} folder={false} busy={busy} onFiles={onFiles} />;
}

/**
 * The items expecting evidence: the documents already linked with the
 * commune's files, and the ones the department names (number, date, summary)
 * with the files it sends; a file can go with a document the commune shows too.
 */
export function PartEvidence({ evidence, rows, adding, onChange, onAddFiles, onOpen }: Props) {
  return (
    <List
      data-testid="part-evidence"
      dataSource={evidence.map((e, index) => ({ ...e, index }))}
      renderItem={(e) => {
        const mine = rows[e.index]!;
        const set = (i: number, patch: Partial<DocumentRow>) =>
          onChange(
            e.index,
            mine.map((d, j) => (j === i ? { ...d, ...patch } : d)),
          );
        return (
          <List.Item style={{ display: "block" }}>
            <Typography.Text strong>Mục {e.itemKey}.</Typography.Text> {e.wording}
            <div style={{ margin: "4px 0" }}>
              {e.current.length ? (
                <CommuneDocuments label="Đã có:" docs={e.current} onOpen={onOpen} adding={adding} addFiles={(d) => (files) => onAddFiles(e.index, { document: d }, files)} />
              ) : (
                <Typography.Text type="secondary">Chưa có văn bản gắn riêng cho mục này.</Typography.Text>
              )}
              {e.coveredAbove.length ? <CommuneDocuments label="Mục lớn đã có:" docs={e.coveredAbove} onOpen={onOpen} /> : null}
            </div>
            {mine.map((d, i) => (
              <div key={i} style={{ marginBottom: 6 }}>
                <Flex gap={6} wrap align="center">
                  <Input
                    aria-label={`Số, ký hiệu văn bản ${i + 1} mục ${e.itemKey}`}
                    placeholder="Số, ký hiệu (12/QĐ-UBND)"
                    maxLength={FIELD_LIMITS.code}
                    value={d.numberSymbol}
                    style={{ width: 200 }}
                    onChange={(ev) => set(i, { numberSymbol: ev.target.value })}
                  />
                  <DatePicker
                    aria-label={`Ngày ban hành văn bản ${i + 1} mục ${e.itemKey}`}
                    format="DD/MM/YYYY"
                    placeholder="ngày/tháng/năm"
                    value={d.date ? dayjs(d.date) : null}
                    onChange={(v) => set(i, { date: v ? v.format("YYYY-MM-DD") : null })}
                  />
                  <Input
                    aria-label={`Trích yếu văn bản ${i + 1} mục ${e.itemKey}`}
                    placeholder="Trích yếu"
                    maxLength={FIELD_LIMITS.summary}
                    value={d.summary}
                    style={{ flex: 1, minWidth: 220 }}
                    onChange={(ev) => set(i, { summary: ev.target.value })}
                  />
                  <AddFiles label={`Thêm tệp cho văn bản ${i + 1} mục ${e.itemKey}`} busy={adding} onFiles={(files) => onAddFiles(e.index, { row: i }, files)} />
                  <Button
                    aria-label={`Bỏ văn bản ${i + 1} mục ${e.itemKey}`}
                    onClick={() =>
                      onChange(
                        e.index,
                        mine.filter((_, j) => j !== i),
                      )
                    }
                  >
                    Bỏ
                  </Button>
                </Flex>
                <EvidenceFiles<PackageFileRef | AddedFile>
                  files={[...d.files, ...d.added]}
                  onOpen={onOpen}
                  onRemove={(f) => set(i, { files: d.files.filter((x) => x !== f), added: d.added.filter((x) => x !== f) })}
                />
              </div>
            ))}
            <Button size="small" onClick={() => onChange(e.index, [...mine, documentRow()])}>
              + Thêm văn bản
            </Button>
          </List.Item>
        );
      }}
    />
  );
}
