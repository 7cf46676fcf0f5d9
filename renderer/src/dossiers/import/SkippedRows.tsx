import { Typography } from "antd";
import type { ImportPreview } from "../types";

/** Rows left out on purpose (totals rows, values the clerk chose to skip), one line each: "Bỏ qua 1 dòng tổng cộng (dòng 1.503)." */
export function SkippedRows({ skipped }: { skipped: ImportPreview["skipped"] }) {
  if (skipped.length === 0) return null;
  return (
    <ul data-testid="import-skipped" style={{ margin: 0, paddingInlineStart: 20 }}>
      {skipped.map((s) => (
        <li key={s.text}>
          <Typography.Text type="secondary">{s.text}.</Typography.Text>
        </li>
      ))}
    </ul>
  );
}
