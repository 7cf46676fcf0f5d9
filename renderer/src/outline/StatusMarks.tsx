import { Tooltip } from "antd";
import type { Completeness, FilledNode } from "./types";

const PARTS: { key: keyof FilledNode["status"]; short: string; name: string }[] = [
  { key: "figures", short: "SL", name: "Số liệu" },
  { key: "text", short: "ND", name: "Nội dung" },
  { key: "evidence", short: "MC", name: "Minh chứng" },
];

const STATE_NAMES: Record<Completeness, string> = { du: "đủ", thieu: "còn thiếu", khong_can: "không cần" };

/** Three small marks – số liệu, nội dung, minh chứng – green when complete, red when missing, absent when not asked. */
export function StatusMarks({ status }: { status: FilledNode["status"] }) {
  const shown = PARTS.filter((p) => status[p.key] !== "khong_can");
  const summary = shown.map((p) => `${p.name}: ${STATE_NAMES[status[p.key]]}`).join("; ");
  return (
    <Tooltip title={summary}>
      <span className="outline-marks" role="img" aria-label={summary}>
        {shown.map((p) => (
          <span key={p.key} className={`outline-mark outline-mark-${status[p.key]}`} aria-hidden>
            {p.short}
          </span>
        ))}
      </span>
    </Tooltip>
  );
}
