import type { ReactNode } from "react";
import type { TableColumnsType } from "antd";
import type { RegisterDescriptor, RegisterRow } from "../../../core/records/registers/descriptor";
import type { RegisterExtras } from "./extras";
import { FieldValue, ShownValue } from "./FieldValue";

/** What a column without a width needs at least, so that its text stays readable when the table scrolls. */
const FLEXIBLE_MIN = 160;
const ACTIONS_WIDTH = 106;

/**
 * The list's columns from the descriptor: the fields marked inList, the values shown with each row, the register's
 * own columns, then Sửa / Xóa. `scrollX` is the width under which the table scrolls sideways.
 */
export function registerColumns(d: RegisterDescriptor, extras: RegisterExtras | undefined, actions: (r: RegisterRow) => ReactNode): { columns: TableColumnsType<RegisterRow>; scrollX: number } {
  const columns: TableColumnsType<RegisterRow> = [
    ...d.fields
      .filter((f) => f.inList)
      .map((f) => ({
        key: f.key,
        title: f.short ?? f.label,
        width: f.width,
        align: f.type === "int" || f.type === "number" ? ("right" as const) : undefined,
        render: (_: unknown, r: RegisterRow) => <FieldValue field={f} row={r} />,
      })),
    ...(d.shown ?? []).map((s) => ({ key: s.key, title: s.label, width: s.width, render: (_: unknown, r: RegisterRow) => <ShownValue field={s} row={r} /> })),
    ...(extras?.columns?.() ?? []),
    // Kept at the right edge while the columns scroll, so Sửa / Xóa are never cut off on a narrow screen.
    { key: "actions", title: <span className="visually-hidden">Thao tác</span>, width: ACTIONS_WIDTH, fixed: "right" as const, render: (_: unknown, r: RegisterRow) => actions(r) },
  ];
  const scrollX = columns.reduce((sum, c) => sum + (typeof c.width === "number" ? c.width : FLEXIBLE_MIN), 0);
  return { columns, scrollX };
}
