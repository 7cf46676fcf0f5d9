import { formatFigure } from "../../../core/indicators/format";
import { formatDateTime } from "../dossiers/format";
import type { ReportRow } from "./types";

/** Who entered the figure in force, when and why; for an override, the computed figure kept beside it. */
export function EntryNote({ row }: { row: ReportRow }) {
  const entry = row.entry;
  if (!entry) return null;
  return (
    <div>
      {entry.reason ? <div>Lý do: {entry.reason}</div> : null}
      {entry.source ? <div>Nguồn: {entry.source}</div> : null}
      <div>
        Người nhập: {entry.enteredBy} · {formatDateTime(entry.enteredAt)}
      </div>
      {entry.kind === "override" ? <div>Số tính từ sổ sách: {formatFigure(row.computed, row.unit)}</div> : null}
    </div>
  );
}
