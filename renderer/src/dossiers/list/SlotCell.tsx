import { useEffect, useSyncExternalStore } from "react";
import { Typography } from "antd";
import type { DossierColumn } from "../dossierColumns";
import type { PageStore } from "./pageStore";

/** Waits a moment before asking for its row's page, so dragging the scroll bar past pages does not fetch them. */
const SETTLE_MS = 120;

interface Props {
  index: number;
  column: DossierColumn;
  /** The first cell of a line asks for the line's page while it is missing. */
  first: boolean;
  store: PageStore;
  need: (index: number) => void;
}

function Pending({ index, need }: { index: number; need: (index: number) => void }) {
  useEffect(() => {
    const timer = setTimeout(() => need(index), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [index, need]);
  return <Typography.Text type="secondary">Đang tải…</Typography.Text>;
}

/** One cell of the virtual list: its dossier once the page has arrived, else a placeholder. */
export function SlotCell({ index, column, first, store, need }: Props) {
  const row = useSyncExternalStore(store.subscribe, () => store.row(index));
  if (row) return <>{column.render(row)}</>;
  return first ? <Pending index={index} need={need} /> : null;
}
