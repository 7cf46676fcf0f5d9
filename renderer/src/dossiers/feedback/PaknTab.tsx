import { useMemo, useState } from "react";
import { App as AntApp, Button, Flex, Table } from "antd";
import { call } from "../../api";
import { EmptyNote } from "../../components/EmptyNote";
import { LoadError } from "../../components/LoadError";
import { formatDate } from "../../format";
import { RowActions } from "../catalogue/RowActions";
import { SearchBox } from "../catalogue/SearchBox";
import { useEditor } from "../catalogue/useEditor";
import { useList } from "../catalogue/useList";
import { useRemove } from "../catalogue/useRemove";
import { stack } from "../layout";
import { useDebouncedValue } from "../useDebouncedValue";
import { useWindowHeight } from "../useWindowHeight";
import { todayIso } from "./dates";
import { paknColumns } from "./paknColumns";
import { PaknModal } from "./PaknModal";
import { PaknSummary } from "./PaknSummary";
import type { PaknRecord } from "./types";

const SEARCH_DEBOUNCE_MS = 300;
/** Height above and below the table's body at 1366×768: top bar, heading, tabs, toolbar, summary, table header. */
const RESERVED_HEIGHT = 360;

const subjectOf = (r: PaknRecord) => `phản ánh, kiến nghị ${r.code ?? `tiếp nhận ngày ${formatDate(r.receivedDate)}`}`;

/** Phản ánh, kiến nghị: the register of citizens' feedback on procedures. */
export function PaknTab({ onChanged }: { onChanged: () => void }) {
  const [search, setSearch] = useState("");
  const query = useDebouncedValue(search, SEARCH_DEBOUNCE_MS).trim();
  const list = useList("pakn.list", query);
  const editor = useEditor<PaknRecord>();
  const remove = useRemove();
  const { message } = AntApp.useApp();
  const height = Math.max(240, useWindowHeight() - RESERVED_HEIGHT);
  const today = todayIso();

  const changed = () => {
    list.reload();
    onChanged();
  };

  const columns = paknColumns(today, (r) => (
    <RowActions
      subject={subjectOf(r)}
      confirmTitle={`Xóa ${subjectOf(r)}?`}
      onEdit={() => editor.openEdit(r)}
      onDelete={() =>
        remove(async () => {
          await call("pakn.delete", { id: r.id });
          changed();
        }, `Đã xóa ${subjectOf(r)}.`)
      }
    />
  ));
  const channels = useMemo(() => (list.rows ?? []).map((r) => r.channel), [list.rows]);

  return (
    <section aria-labelledby="pakn-title" style={stack(12)}>
      <h2 id="pakn-title" className="visually-hidden">
        Phản ánh, kiến nghị về thủ tục hành chính
      </h2>
      <Flex gap={8} wrap align="center" justify="space-between">
        <SearchBox
          label="Tìm phản ánh, kiến nghị"
          placeholder="Tìm số/mã, thủ tục, lĩnh vực, người gửi, nội dung – gõ không dấu được"
          value={search}
          onChange={setSearch}
        />
        <Button type="primary" onClick={editor.openNew}>
          Thêm phản ánh, kiến nghị
        </Button>
      </Flex>
      <PaknSummary rows={list.rows} today={today} searching={query !== ""} />
      {list.error ? (
        <LoadError message={list.error} onRetry={list.reload} />
      ) : (
        <div data-testid="pakn-table">
          <Table<PaknRecord>
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={list.rows ?? []}
            loading={list.loading}
            pagination={false}
            scroll={{ x: 1060, y: height }}
            locale={{
              emptyText: (
                <EmptyNote>
                  {list.loading
                    ? "Đang tải…"
                    : query
                      ? "Không có phản ánh, kiến nghị nào khớp nội dung tìm."
                      : "Chưa có phản ánh, kiến nghị nào. Bấm “Thêm phản ánh, kiến nghị” để ghi vào sổ."}
                </EmptyNote>
              ),
            }}
          />
        </div>
      )}
      <PaknModal
        editor={editor}
        channels={channels}
        onSaved={(r) => {
          changed();
          void message.success(`Đã lưu ${subjectOf(r)}.`);
        }}
      />
    </section>
  );
}
