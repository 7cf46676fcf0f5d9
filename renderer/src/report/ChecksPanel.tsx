import { useState } from "react";
import { Alert, Button, Collapse, Tag } from "antd";
import { TAG_STYLES } from "../dossiers/labels";
import { formatNumber } from "../format";
import { CHECK_LEVEL_LABELS } from "./labels";
import type { ReportCheck } from "./types";
import "./report.css";

const LEVEL_STYLES = { error: TAG_STYLES.red, warning: TAG_STYLES.orange };
/** Checks shown before "Xem thêm": the list grows in the page, never in a box of its own that scrolls. */
const FIRST_SHOWN = 6;

function countsTitle(errors: number, warnings: number): string {
  const parts = [errors ? `${formatNumber(errors)} lỗi` : null, warnings ? `${formatNumber(warnings)} lưu ý` : null];
  return `Kiểm tra số liệu: ${parts.filter(Boolean).join(", ")}`;
}

interface Props {
  checks: readonly ReportCheck[];
  /** Shows the rows a check is about. */
  onJump: (codes: string[]) => void;
}

/** The consistency checks, errors first; each one leads to its rows in the table. */
export function ChecksPanel({ checks, onJump }: Props) {
  const [showAll, setShowAll] = useState(false);
  const errors = checks.filter((c) => c.level === "error");
  const warnings = checks.filter((c) => c.level === "warning");
  const passed =
    errors.length === 0 ? <Alert type="success" showIcon title="Số liệu đã qua kiểm tra" description={warnings.length ? "Không còn lỗi; vẫn nên xem lại các lưu ý bên dưới." : undefined} /> : null;
  if (checks.length === 0) return <div data-testid="report-checks">{passed}</div>;

  const all = [...errors, ...warnings];
  const hidden = showAll ? 0 : Math.max(0, all.length - FIRST_SHOWN);
  const list = (
    <>
      <ol className="report-checks" aria-label="Các lỗi và lưu ý">
        {all.slice(0, all.length - hidden).map((check, i) => (
          <li key={i}>
            <Button type="text" size="small" className="report-check" onClick={() => onJump(check.codes)} data-testid="report-check">
              <Tag style={{ ...LEVEL_STYLES[check.level], marginInlineEnd: 8 }}>{CHECK_LEVEL_LABELS[check.level]}</Tag>
              <span>{check.message}</span>
            </Button>
          </li>
        ))}
      </ol>
      {all.length > FIRST_SHOWN && (
        <Button type="link" size="small" onClick={() => setShowAll(!showAll)} aria-expanded={showAll}>
          {showAll ? "Thu gọn" : `Xem thêm ${formatNumber(hidden)} mục kiểm tra`}
        </Button>
      )}
    </>
  );
  return (
    <div data-testid="report-checks" style={{ display: "grid", gap: 8 }}>
      {passed}
      <Collapse size="small" defaultActiveKey={["checks"]} items={[{ key: "checks", label: <strong>{countsTitle(errors.length, warnings.length)}</strong>, children: list }]} />
    </div>
  );
}
