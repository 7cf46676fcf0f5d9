import type { ReactNode } from "react";
import type { TableProps } from "antd";
import { formatDate } from "../../format";
import { Clamp } from "./Clamp";
import { paknStatus } from "./paknStatus";
import { PaknStatusTag } from "./PaknStatusTag";
import type { PaknRecord } from "./types";

type Columns = NonNullable<TableProps<PaknRecord>["columns"]>;

const DATE_WIDTH = 88;

/**
 * The register's columns, sized to fit 1366×768 beside the menu: long texts take two lines at most, the whole
 * text in the tooltip. `today` decides Quá hạn; `actions` draws the last column (Sửa, Xóa).
 */
export function paknColumns(today: string, actions: (r: PaknRecord) => ReactNode): Columns {
  return [
    { key: "code", title: "Số/Mã", width: 126, render: (_, r) => <Clamp text={r.code} /> },
    { key: "receivedDate", title: "Ngày tiếp nhận", width: DATE_WIDTH, render: (_, r) => formatDate(r.receivedDate) },
    { key: "dueDate", title: "Hạn xử lý", width: DATE_WIDTH, render: (_, r) => formatDate(r.dueDate) },
    { key: "resolvedDate", title: "Ngày giải quyết", width: DATE_WIDTH, render: (_, r) => formatDate(r.resolvedDate) },
    { key: "procedureName", title: "Thủ tục", width: 144, render: (_, r) => <Clamp text={r.procedureName} /> },
    { key: "field", title: "Lĩnh vực", width: 90, render: (_, r) => <Clamp text={r.field} /> },
    { key: "senderName", title: "Người gửi", width: 106, render: (_, r) => <Clamp text={r.senderName} /> },
    { key: "content", title: "Nội dung", render: (_, r) => <Clamp text={r.content} /> },
    { key: "status", title: "Trạng thái", width: 108, render: (_, r) => <PaknStatusTag status={paknStatus(r, today)} /> },
    { key: "actions", title: <span className="visually-hidden">Thao tác</span>, width: 106, render: (_, r) => actions(r) },
  ];
}
