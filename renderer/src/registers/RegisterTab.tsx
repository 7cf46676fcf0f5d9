import { useMemo, useState } from "react";
import { App as AntApp, Button, Flex, Table, Typography } from "antd";
import { isImportableRegister } from "../../../core/api/contract";
import { REGISTERS } from "../../../core/records/registers";
import type { RegisterDescriptor, RegisterRow } from "../../../core/records/registers/descriptor";
import type { RegisterKey } from "../../../core/records/registers/keys";
import { call } from "../api";
import { EmptyNote } from "../components/EmptyNote";
import { LoadError } from "../components/LoadError";
import { stack } from "../dossiers/layout";
import { useDebouncedValue } from "../dossiers/useDebouncedValue";
import { useWindowHeight } from "../dossiers/useWindowHeight";
import { formatNumber } from "../format";
import { PrintButton } from "../print/PrintButton";
import type { RegisterExtras } from "./extras";
import { RegisterImportButton } from "./RegisterImportButton";
import { registerColumns } from "./registerColumns";
import { registerPrintSpec } from "./registerPrint";
import { RegisterModal } from "./RegisterModal";
import { RowActions } from "./RowActions";
import { SearchBox } from "./SearchBox";
import { useEditor } from "./useEditor";
import { useList } from "./useList";
import { useRemove } from "./useRemove";

const SEARCH_DEBOUNCE_MS = 300;
/** Height above and below the table's body at 1366×768: top bar, heading, tabs, register buttons, toolbar, summary, table header. */
const RESERVED_HEIGHT = 400;

const subjectOf = (d: RegisterDescriptor, r: RegisterRow) => `${d.noun} ${d.name(r)}`;

function emptyText(d: RegisterDescriptor, loading: boolean, searching: boolean): string {
  if (loading) return "Đang tải…";
  if (searching) return `Không có ${d.noun} nào khớp nội dung tìm.`;
  const fromExcel = isImportableRegister(d.key) ? " hoặc nhập từ Excel" : "";
  return `Chưa có ${d.noun} nào. ${d.purpose} Bấm “Thêm ${d.noun}”${fromExcel} để ghi vào sổ.`;
}

/** "Tìm thấy 12 văn bản" / "230 văn bản" over the rows listed. */
function Count({ d, rows, searching }: { d: RegisterDescriptor; rows: readonly RegisterRow[] | null; searching: boolean }) {
  if (!rows) return <Typography.Text type="secondary">Đang tải…</Typography.Text>;
  return (
    <Typography.Text strong aria-live="polite" data-testid={`${d.key}-summary`}>
      {`${searching ? "Tìm thấy " : ""}${formatNumber(rows.length)} ${d.noun}`}
    </Typography.Text>
  );
}

interface Props {
  register: RegisterKey;
  /** What this register shows besides its descriptor's fields. */
  extras?: RegisterExtras;
  /** After a record is added, edited, deleted or imported (figures elsewhere may move). */
  onChanged?: () => void;
}

/** One register, driven by its descriptor: search without diacritics, the list, add / edit in a form, delete after asking. */
export function RegisterTab({ register, extras, onChanged }: Props) {
  const d = REGISTERS[register];
  const [search, setSearch] = useState("");
  const query = useDebouncedValue(search, SEARCH_DEBOUNCE_MS).trim();
  const list = useList(register, (q) => call("registers.list", { register, search: q || undefined }).then((r) => r.rows), query);
  const editor = useEditor<RegisterRow>();
  const remove = useRemove();
  const { message } = AntApp.useApp();
  const height = Math.max(240, useWindowHeight() - RESERVED_HEIGHT);
  const searching = query !== "";

  const changed = () => {
    list.reload();
    onChanged?.();
  };

  const { columns, scrollX } = registerColumns(d, extras, (r) => (
    <RowActions
      subject={subjectOf(d, r)}
      confirmTitle={`Xóa ${subjectOf(d, r)}?`}
      confirmNote={d.deleteNote}
      onEdit={() => editor.openEdit(r)}
      onDelete={() =>
        remove(
          async () => {
            await call("registers.delete", { register, id: r.id });
            changed();
          },
          `Đã xóa ${subjectOf(d, r)}.`,
        )
      }
    />
  ));
  // The values already entered, offered again in the text fields that offer values.
  const used = useMemo(() => Object.fromEntries(d.fields.map((f) => [f.key, (list.rows ?? []).map((r) => r[f.key])])), [d, list.rows]);
  const searchedBy = d.fields.filter((f) => f.searchable).map((f) => f.label.toLowerCase());
  const Summary = extras?.Summary;

  return (
    <section aria-labelledby={`${register}-title`} style={stack(12)}>
      <h2 id={`${register}-title`} className="visually-hidden">
        {d.title}
      </h2>
      {extras?.Note && <extras.Note />}
      <Flex gap={8} wrap align="center" justify="space-between">
        <SearchBox label={`Tìm ${d.noun}`} placeholder={`Tìm theo ${searchedBy.slice(0, 2).join(", ")}… (gõ không dấu được)`} value={search} onChange={setSearch} />
        <Flex gap={8} wrap>
          <Button type="primary" onClick={editor.openNew}>
            {`Thêm ${d.noun}`}
          </Button>
          <RegisterImportButton register={register} onImported={changed} />
          {extras?.tools}
          <PrintButton spec={() => registerPrintSpec(d, list.rows ?? [], query)} disabled={!list.rows?.length} />
        </Flex>
      </Flex>
      {Summary ? <Summary rows={list.rows} searching={searching} /> : <Count d={d} rows={list.rows} searching={searching} />}
      {list.error ? (
        <LoadError message={list.error} onRetry={list.reload} />
      ) : (
        <div data-testid={`${register}-table`}>
          <Table<RegisterRow>
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={list.rows ?? []}
            loading={list.loading}
            pagination={false}
            scroll={{ x: scrollX, y: height }}
            locale={{ emptyText: <EmptyNote>{emptyText(d, list.loading, searching)}</EmptyNote> }}
          />
        </div>
      )}
      <RegisterModal
        descriptor={d}
        extras={extras}
        editor={editor}
        used={used}
        onSaved={(r) => {
          changed();
          void message.success(`Đã lưu ${subjectOf(d, r)}.`);
        }}
      />
    </section>
  );
}
