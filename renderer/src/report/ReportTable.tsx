import { Table, Typography, type TableProps } from "antd";
import { formatFigure } from "../../../core/indicators/format";
import { checkLevelByCode } from "./checkLevels";
import { EntryNote } from "./EntryNote";
import { FigureCell } from "./FigureCell";
import { ESTIMATE_BADGES, ORIGIN_BADGES, SOURCE_LABELS } from "./labels";
import { isDossierCount, registerLinkOf } from "./registerLinks";
import type { EditTarget, Report, ReportRow } from "./types";
import "./report.css";

type Item = { key: string; stt: string; section: string } | { key: string; stt: string; row: ReportRow };

const itemsOf = (report: Report): Item[] => report.sections.flatMap((s) => [{ key: `section-${s.stt}`, stt: s.stt, section: s.label }, ...s.rows.map((row) => ({ key: row.code, stt: row.stt, row }))]);

interface Props {
  report: Report;
  /** The rows a check pointed at, highlighted until another is picked. */
  focused: readonly string[];
  onEdit: (target: EditTarget) => void;
  onDrill: (row: ReportRow) => void;
}

function SourceCell({ row }: { row: ReportRow }) {
  const link = registerLinkOf(row.code);
  return (
    <div className="report-source">
      {SOURCE_LABELS[row.source]}
      {" · "}
      <Typography.Text type="secondary" title="Phụ trách">
        {row.dept}
      </Typography.Text>
      {link ? (
        <>
          {" · "}
          <a href={link.href} aria-label={`Xem sổ ${link.label}`}>
            Xem sổ
          </a>
        </>
      ) : null}
    </div>
  );
}

/** Phụ lục 3 by section: every figure with where it comes from, its estimate, last year's figure and its source. */
export function ReportTable({ report, focused, onEdit, onDrill }: Props) {
  const levels = checkLevelByCode(report.checks);
  const width = report.withEstimate ? 7 : 6;
  // A section's heading spans the row after its STT.
  const rowCell = (item: Item) => ("section" in item ? { colSpan: 0 } : {});

  const columns: TableProps<Item>["columns"] = [
    { key: "stt", title: "STT", width: 56, align: "center", render: (_, item) => item.stt },
    {
      key: "label",
      title: "Nội dung",
      render: (_, item) => ("section" in item ? item.section : item.row.label),
      onCell: (item) => ("section" in item ? { colSpan: width - 1 } : {}),
    },
    { key: "unit", title: "ĐVT", width: 84, onCell: rowCell, render: (_, item) => ("row" in item ? item.row.unitName : null) },
    {
      key: "value",
      title: "Số liệu",
      width: 180,
      align: "right",
      onCell: rowCell,
      render: (_, item) => {
        if (!("row" in item)) return null;
        const row = item.row;
        const edit = () => onEdit({ row, estimate: false });
        const drillable = isDossierCount(row) && !!row.value;
        return (
          <FigureCell
            value={row.value}
            unit={row.unit}
            badge={ORIGIN_BADGES[row.origin]}
            badgeTooltip={row.entry ? <EntryNote row={row} /> : undefined}
            label={row.label}
            testId={`value-${row.code}`}
            onOpen={drillable ? () => onDrill(row) : edit}
            openLabel={drillable ? "xem các hồ sơ" : "nhập hoặc sửa số liệu"}
            onEdit={edit}
          />
        );
      },
    },
    ...(report.withEstimate
      ? [
          {
            key: "estimate",
            title: "Ước đạt",
            width: 165,
            align: "right" as const,
            onCell: rowCell,
            render: (_: unknown, item: Item) => {
              if (!("row" in item) || item.row.estimateOrigin === null) return null;
              const row = item.row;
              const edit = () => onEdit({ row, estimate: true });
              return (
                <FigureCell
                  value={row.estimate}
                  unit={row.unit}
                  badge={ESTIMATE_BADGES[row.estimateOrigin!]}
                  badgeTooltip={row.estimateOrigin === "ghi_de" ? "Số ước đạt đã được điều chỉnh; xem lý do trong Lịch sử." : undefined}
                  label={`${row.label} (ước đạt)`}
                  testId={`estimate-${row.code}`}
                  onOpen={edit}
                  openLabel="điều chỉnh số ước đạt"
                  onEdit={edit}
                />
              );
            },
          },
        ]
      : []),
    {
      key: "lastYear",
      title: <span title={report.lastYearPeriod.label}>Cùng kỳ năm trước</span>,
      width: 104,
      align: "right",
      onCell: rowCell,
      render: (_, item) => ("row" in item ? formatFigure(item.row.lastYear, item.row.unit) : null),
    },
    { key: "source", title: "Nguồn", width: 170, onCell: rowCell, render: (_, item) => ("row" in item ? <SourceCell row={item.row} /> : null) },
  ];

  const rowClassName = (item: Item): string => {
    if ("section" in item) return "report-section-row";
    const classes = [];
    const level = levels.get(item.row.code);
    if (level) classes.push(`report-row-${level}`);
    if (focused.includes(item.row.code)) classes.push("report-row-focus");
    return classes.join(" ");
  };

  return (
    <div data-testid="report-table" className="report-table">
      <Table<Item> rowKey="key" size="small" bordered sticky columns={columns} dataSource={itemsOf(report)} rowClassName={rowClassName} pagination={false} />
    </div>
  );
}
