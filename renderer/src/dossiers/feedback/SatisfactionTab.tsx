import { useMemo, useState } from "react";
import { App as AntApp, Button, Flex, Table } from "antd";
import { call } from "../../api";
import { EmptyNote } from "../../components/EmptyNote";
import { LoadError } from "../../components/LoadError";
import { formatWindow } from "../../format";
import { RowActions } from "../catalogue/RowActions";
import { SearchBox } from "../catalogue/SearchBox";
import { useEditor } from "../catalogue/useEditor";
import { useList } from "../catalogue/useList";
import { useRemove } from "../catalogue/useRemove";
import { stack } from "../layout";
import { useDebouncedValue } from "../useDebouncedValue";
import { useWindowHeight } from "../useWindowHeight";
import { fieldLabel, satisfactionColumns } from "./satisfactionColumns";
import { SatisfactionModal } from "./SatisfactionModal";
import { SatisfactionNote } from "./SatisfactionNote";
import type { SatisfactionRound } from "./types";

const SEARCH_DEBOUNCE_MS = 300;
/** Height above and below the table's body at 1366×768: top bar, heading, tabs, note, toolbar, table header. */
const RESERVED_HEIGHT = 380;

const subjectOf = (r: SatisfactionRound) => `kết quả đo lường ${fieldLabel(r.field)}, đợt ${formatWindow(r.periodFrom, r.periodTo)}`;

/** Mức độ hài lòng: the rating rounds, one line per round and field. */
export function SatisfactionTab({ onChanged }: { onChanged: () => void }) {
  const [search, setSearch] = useState("");
  const query = useDebouncedValue(search, SEARCH_DEBOUNCE_MS).trim();
  const list = useList("satisfaction.list", query);
  const editor = useEditor<SatisfactionRound>();
  const remove = useRemove();
  const { message } = AntApp.useApp();
  const height = Math.max(240, useWindowHeight() - RESERVED_HEIGHT);

  const changed = () => {
    list.reload();
    onChanged();
  };

  const columns = satisfactionColumns((r) => (
    <RowActions
      subject={subjectOf(r)}
      confirmTitle={`Xóa ${subjectOf(r)}?`}
      onEdit={() => editor.openEdit(r)}
      onDelete={() =>
        remove(async () => {
          await call("satisfaction.delete", { id: r.id });
          changed();
        }, `Đã xóa ${subjectOf(r)}.`)
      }
    />
  ));
  const roundFields = useMemo(() => (list.rows ?? []).map((r) => r.field), [list.rows]);

  return (
    <section aria-labelledby="satisfaction-title" style={stack(12)}>
      <h2 id="satisfaction-title" className="visually-hidden">
        Mức độ hài lòng
      </h2>
      <SatisfactionNote />
      <Flex gap={8} wrap align="center" justify="space-between">
        <SearchBox
          label="Tìm kết quả đo lường"
          placeholder="Tìm theo lĩnh vực, nguồn số liệu – gõ không dấu cũng được"
          value={search}
          onChange={setSearch}
        />
        <Button type="primary" onClick={editor.openNew}>
          Thêm kết quả đo lường
        </Button>
      </Flex>
      {list.error ? (
        <LoadError message={list.error} onRetry={list.reload} />
      ) : (
        <div data-testid="satisfaction-table">
          <Table<SatisfactionRound>
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={list.rows ?? []}
            loading={list.loading}
            pagination={false}
            scroll={{ x: 1040, y: height }}
            locale={{
              emptyText: (
                <EmptyNote>
                  {list.loading
                    ? "Đang tải…"
                    : query
                      ? "Không có kết quả đo lường nào khớp nội dung tìm."
                      : "Chưa có kết quả đo lường nào. Bấm “Thêm kết quả đo lường” để nhập kết quả của một đợt."}
                </EmptyNote>
              ),
            }}
          />
        </div>
      )}
      <SatisfactionModal
        editor={editor}
        roundFields={roundFields}
        onSaved={(r) => {
          changed();
          void message.success(`Đã lưu ${subjectOf(r)}.`);
        }}
      />
    </section>
  );
}
