import { useEffect, useMemo, useRef } from "react";
import { Table, type GetRef, type TableProps } from "antd";
import { EmptyNote } from "../../components/EmptyNote";
import { DOSSIER_COLUMNS, DOSSIER_TABLE_WIDTH } from "../dossierColumns";
import type { PageStore } from "./pageStore";
import { SlotCell } from "./SlotCell";
import type { Slot } from "./useDossierPages";

interface Props {
  slots: Slot[];
  store: PageStore | null;
  need: (index: number) => void;
  height: number;
  loading: boolean;
  /** Changes when the list starts over (another filter): the table scrolls back to the top. */
  resetKey: string;
  emptyText: string;
}

/** All matching dossiers in one virtual table: only the lines on screen are drawn, their pages fetched on demand. */
export function DossierTable({ slots, store, need, height, loading, resetKey, emptyText }: Props) {
  const tableRef = useRef<GetRef<typeof Table<Slot>>>(null);

  useEffect(() => {
    tableRef.current?.scrollTo({ top: 0 });
  }, [resetKey]);

  const columns = useMemo<TableProps<Slot>["columns"]>(
    () =>
      DOSSIER_COLUMNS.map((column, i) => ({
        key: column.key,
        title: column.title,
        width: column.width,
        ellipsis: column.ellipsis ? { showTitle: false } : false,
        render: (_: unknown, slot: Slot) => (store ? <SlotCell index={slot.key} column={column} first={i === 0} store={store} need={need} /> : null),
      })),
    [store, need],
  );

  return (
    <div data-testid="dossier-table">
      <Table<Slot>
        ref={tableRef}
        virtual
        size="small"
        rowKey="key"
        columns={columns}
        dataSource={slots}
        pagination={false}
        loading={loading}
        scroll={{ x: DOSSIER_TABLE_WIDTH, y: height }}
        locale={{ emptyText: <EmptyNote>{emptyText}</EmptyNote> }}
      />
    </div>
  );
}
