import { Typography } from "antd";
import type { AuditRow } from "./types";

const MAX_SHOWN = 6;
const cut = (text: string | null) => (text === null ? "(trống)" : text.length > 120 ? `${text.slice(0, 120)}…` : text);

/** What one entry changed, field by field: "Số, ký hiệu: 12/QĐ-UBND → 15/QĐ-UBND". */
export function ChangeList({ row }: { row: AuditRow }) {
  if (row.changes.length === 0) return <Typography.Text type="secondary">–</Typography.Text>;
  const shown = row.changes.slice(0, MAX_SHOWN);
  return (
    <ul style={{ margin: 0, paddingLeft: 16 }}>
      {shown.map((c, i) => (
        <li key={c.field ?? i}>
          {c.label ? <Typography.Text strong>{c.label}: </Typography.Text> : null}
          {row.action === "tao" || c.before === null ? (
            cut(c.after)
          ) : row.action === "xoa" || c.after === null ? (
            <Typography.Text delete>{cut(c.before)}</Typography.Text>
          ) : (
            <>
              <Typography.Text type="secondary">{cut(c.before)}</Typography.Text> → {cut(c.after)}
            </>
          )}
        </li>
      ))}
      {row.changes.length > MAX_SHOWN ? <li>và {row.changes.length - MAX_SHOWN} mục khác</li> : null}
    </ul>
  );
}
