import type { ReactNode } from "react";
import type { TableProps } from "antd";
import { FlagTag } from "../../registers/FlagTag";
import type { Procedure } from "./types";

type Columns = NonNullable<TableProps<Procedure>["columns"]>;

const flagColumn = (key: keyof Procedure & string, title: string, read: (p: Procedure) => boolean | null): Columns[number] => ({
  key,
  title,
  width: 88,
  align: "center",
  render: (_, p) => <FlagTag value={read(p)} />,
});

/** The catalogue's columns; `actions` draws the last one (Sửa, Xóa). */
export function catalogueColumns(actions: (p: Procedure) => ReactNode): Columns {
  return [
    { key: "code", title: "Mã", width: 128, render: (_, p) => <span style={{ overflowWrap: "anywhere" }}>{p.code}</span> },
    { key: "name", title: "Tên thủ tục", render: (_, p) => p.name },
    { key: "field", title: "Lĩnh vực", width: 150, render: (_, p) => p.field ?? "–" },
    flagColumn("atCentre", "Tại TTPVHCC", (p) => p.atCentre),
    flagColumn("onlineEligible", "Đủ ĐK toàn trình", (p) => p.onlineEligible),
    flagColumn("onlineFull", "Toàn trình", (p) => p.onlineFull),
    flagColumn("locationIndependent", "Không phụ thuộc địa giới", (p) => p.locationIndependent),
    flagColumn("active", "Đang áp dụng", (p) => p.active),
    { key: "actions", title: <span className="visually-hidden">Thao tác</span>, width: 106, render: (_, p) => actions(p) },
  ];
}
