import { useMemo, useState } from "react";
import { App as AntApp, Button, Flex, Table, Typography } from "antd";
import { EmptyNote } from "../../components/EmptyNote";
import { LoadError } from "../../components/LoadError";
import { call } from "../../api";
import { formatNumber } from "../../format";
import { PrintButton } from "../../print/PrintButton";
import { stack } from "../layout";
import { useDebouncedValue } from "../useDebouncedValue";
import { useWindowHeight } from "../useWindowHeight";
import { CatalogueCounts } from "./CatalogueCounts";
import { CatalogueImportModal } from "./CatalogueImportModal";
import { cataloguePrintSpec } from "./cataloguePrint";
import { catalogueColumns } from "./catalogueColumns";
import { ProcedureModal } from "./ProcedureModal";
import { RowActions } from "../../registers/RowActions";
import { SearchBox } from "../../registers/SearchBox";
import type { Procedure } from "./types";
import { useEditor } from "../../registers/useEditor";
import { useList } from "../../registers/useList";
import { useRemove } from "../../registers/useRemove";

const SEARCH_DEBOUNCE_MS = 300;

const loadProcedures = (query: string) => call("procedures.list", query ? { search: query } : {});
/** Height above and below the table's body at 1366×768: top bar, heading, tabs, toolbar, counts, table header. */
const RESERVED_HEIGHT = 380;

/** Danh mục TTHC: the commune's procedures, searched, edited one by one or imported from Excel. */
export function CatalogueTab({ onChanged }: { onChanged: () => void }) {
  const [search, setSearch] = useState("");
  const query = useDebouncedValue(search, SEARCH_DEBOUNCE_MS).trim();
  const all = useList("procedures", loadProcedures, "");
  const found = useList("procedures", loadProcedures, query ? query : null);
  const shown = query ? found : all;
  const editor = useEditor<Procedure>();
  const remove = useRemove();
  const { message } = AntApp.useApp();
  const [importing, setImporting] = useState(false);
  const height = Math.max(240, useWindowHeight() - RESERVED_HEIGHT);

  const reloadAll = () => {
    all.reload();
    if (query) found.reload();
    onChanged();
  };

  const fields = useMemo(() => [...new Set((all.rows ?? []).map((p) => p.field).filter((f): f is string => !!f))].sort((a, b) => a.localeCompare(b, "vi")), [all.rows]);

  const columns = catalogueColumns((p) => (
    <RowActions
      subject={`thủ tục ${p.code}`}
      confirmTitle={`Xóa thủ tục “${p.name}” khỏi danh mục?`}
      onEdit={() => editor.openEdit(p)}
      onDelete={() =>
        remove(async () => {
          await call("procedures.delete", { id: p.id });
          reloadAll();
        }, `Đã xóa thủ tục ${p.code} khỏi danh mục.`)
      }
    />
  ));

  return (
    <section aria-labelledby="catalogue-title" style={stack(12)}>
      <h2 id="catalogue-title" className="visually-hidden">
        Danh mục thủ tục hành chính
      </h2>
      <Flex gap={8} wrap align="center" justify="space-between">
        <SearchBox label="Tìm thủ tục" placeholder="Tìm theo mã, tên thủ tục, lĩnh vực – gõ không dấu cũng được" value={search} onChange={setSearch} />
        <Flex gap={8} wrap>
          <Button type="primary" onClick={editor.openNew}>
            Thêm thủ tục
          </Button>
          <Button onClick={() => setImporting(true)}>Nhập danh mục từ Excel</Button>
          <PrintButton spec={() => cataloguePrintSpec(shown.rows ?? [], query)} disabled={!shown.rows?.length} />
        </Flex>
      </Flex>
      <Flex justify="space-between" align="baseline" gap={12} wrap>
        <CatalogueCounts procedures={all.rows} />
        {query && shown.rows && (
          <Typography.Text type="secondary" data-testid="catalogue-found" aria-live="polite">
            {`Tìm thấy ${formatNumber(shown.rows.length)} thủ tục`}
          </Typography.Text>
        )}
      </Flex>
      {shown.error ? (
        <LoadError message={shown.error} onRetry={shown.reload} />
      ) : (
        <div data-testid="catalogue-table">
          <Table<Procedure>
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={shown.rows ?? []}
            loading={shown.loading}
            pagination={false}
            scroll={{ x: 1040, y: height }}
            locale={{
              emptyText: (
                <EmptyNote>
                  {shown.loading ? "Đang tải…" : query ? "Không có thủ tục nào khớp nội dung tìm." : "Danh mục chưa có thủ tục nào. Hãy bấm “Thêm thủ tục” hoặc “Nhập danh mục từ Excel”."}
                </EmptyNote>
              ),
            }}
          />
        </div>
      )}
      <ProcedureModal
        editor={editor}
        fields={fields}
        onSaved={(p) => {
          reloadAll();
          void message.success(`Đã lưu thủ tục ${p.code}.`);
        }}
      />
      <CatalogueImportModal open={importing} onClose={() => setImporting(false)} onImported={reloadAll} />
    </section>
  );
}
