import type { CSSProperties, TableHTMLAttributes } from "react";
import { Button, Card, Flex, Table, Tag, Typography, type TableProps } from "antd";
import { formatDate, formatDaysLeft, formatMoment, formatNumber, formatWindow } from "../format";
import { SectionTitle } from "../components/Headings";
import { EmptyNote } from "../components/EmptyNote";
import { hrefOf } from "../nav";
import { reportHref } from "./links";
import type { ReportStatus, Upcoming } from "./types";

type Row = Upcoming & { status: ReportStatus | undefined };

// Darker text than antd's preset tag colours, which fall below 4.5:1 contrast.
const RED: CSSProperties = { color: "#a8071a", background: "#fff1f0", borderColor: "#ffa39e" };
const ORANGE: CSSProperties = { color: "#873800", background: "#fff7e6", borderColor: "#ffd591" };
const GREEN: CSSProperties = { color: "#135200", background: "#f6ffed", borderColor: "#b7eb8f" };
const BLUE: CSSProperties = { color: "#003eb3", background: "#e6f4ff", borderColor: "#91caff" };

function urgencyStyle(days: number): CSSProperties | undefined {
  if (days <= 7) return RED;
  if (days <= 30) return ORANGE;
  return undefined;
}

const STATES: Record<ReportStatus["state"], { label: string; style: CSSProperties }> = {
  thieu: { label: "Số liệu thiếu", style: ORANGE },
  du: { label: "Số liệu đủ", style: GREEN },
  da_xuat: { label: "Đã xuất", style: BLUE },
  da_gui: { label: "Đã gửi", style: GREEN },
};

/** Missing figures named in the table; the rest are on the report's page. */
const SHOWN = 2;

/** What is left to do for the report, in a line or two. */
function Missing({ status }: { status: ReportStatus }) {
  const { missingFigures: figures, checkErrors: errors } = status;
  if (status.state === "da_gui") return <Typography.Text type="secondary">Đã gửi {status.sentAt ? formatMoment(status.sentAt, "sentence") : ""}</Typography.Text>;
  if (figures.count === 0 && errors.count === 0) {
    return <Typography.Text type="secondary">{status.state === "da_xuat" ? "Tệp đang chờ gửi trong Hộp thư đi." : "Đủ số liệu, chưa lỗi kiểm tra."}</Typography.Text>;
  }
  return (
    <Flex vertical gap={2}>
      {figures.count > 0 ? (
        <Typography.Text>
          {formatNumber(figures.count)} chỉ tiêu nhập tay chưa có số: {figures.examples.slice(0, SHOWN).join("; ")}
          {figures.count > SHOWN ? "; …" : ""}
        </Typography.Text>
      ) : null}
      {errors.count > 0 ? (
        <Typography.Text>
          {formatNumber(errors.count)} lỗi kiểm tra: {errors.examples[0]}
        </Typography.Text>
      ) : null}
    </Flex>
  );
}

/** The step the status calls for, on the screen that takes it. */
function NextStep({ row }: { row: Row }) {
  const state = row.status?.state;
  if (state === "da_xuat") {
    return (
      <Button size="small" href={hrefOf("hop-thu-di")} aria-label={`Gửi tệp ${row.label}`}>
        Gửi tệp
      </Button>
    );
  }
  if (state === "da_gui") {
    return (
      <Button size="small" type="link" href={reportHref(row.spec)} aria-label={`Xem báo cáo ${row.label}`}>
        Xem báo cáo
      </Button>
    );
  }
  const label = state === "du" ? "Xuất Phụ lục 3" : "Nhập số liệu";
  return (
    <Button size="small" type={state === "thieu" ? "primary" : "default"} href={reportHref(row.spec)} aria-label={`${label} ${row.label}`}>
      {label}
    </Button>
  );
}

const columns: TableProps<Row>["columns"] = [
  {
    key: "label",
    title: "Kỳ báo cáo",
    width: 200,
    render: (_, r) => (
      <Flex vertical>
        <Typography.Text strong>{r.label}</Typography.Text>
        <Typography.Text type="secondary" className="overview-nowrap">
          {formatWindow(r.from, r.to)}
        </Typography.Text>
        {r.estimateTo ? <Typography.Text type="secondary">Ước đạt đến {formatDate(r.estimateTo)}</Typography.Text> : null}
      </Flex>
    ),
  },
  {
    key: "due",
    title: "Hạn gửi",
    width: 112,
    render: (_, r) => (
      <Flex vertical align="start" gap={2}>
        <span>{formatDate(r.due)}</span>
        <Tag style={urgencyStyle(r.daysLeft)}>{formatDaysLeft(r.daysLeft)}</Tag>
      </Flex>
    ),
  },
  {
    key: "state",
    title: "Tình trạng",
    width: 120,
    // A report whose window has not begun has no state yet.
    render: (_, r) => (r.status ? <Tag style={STATES[r.status.state].style}>{STATES[r.status.state].label}</Tag> : <Typography.Text type="secondary">Chưa đến kỳ</Typography.Text>),
  },
  { key: "missing", title: "Còn thiếu", render: (_, r) => (r.status ? <Missing status={r.status} /> : null) },
  { key: "next", title: "Việc cần làm", width: 130, render: (_, r) => <NextStep row={r} /> },
];

const components: TableProps<Row>["components"] = {
  table: (props: TableHTMLAttributes<HTMLTableElement>) => <table {...props} data-testid="upcoming-reports" />,
};

export function UpcomingReports({ reports, statuses }: { reports: Upcoming[]; statuses: ReportStatus[] }) {
  const rows = reports.map((r) => ({ ...r, status: statuses.find((s) => s.spec === r.spec) }));
  return (
    <Card title={<SectionTitle>Kỳ báo cáo sắp tới</SectionTitle>} size="small">
      <Table<Row>
        rowKey="spec"
        size="small"
        columns={columns}
        dataSource={rows}
        components={components}
        pagination={false}
        locale={{ emptyText: <EmptyNote>Không có kỳ báo cáo nào sắp tới.</EmptyNote> }}
      />
    </Card>
  );
}
