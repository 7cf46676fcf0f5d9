import { useMemo, useState, type ReactNode } from "react";
import { App, Button, Card, Flex, Skeleton, Typography } from "antd";
import { PageHeading } from "../components/Headings";
import { LoadError } from "../components/LoadError";
import { PeriodPicker } from "../components/PeriodPicker";
import { periodSpec } from "../components/periodChoice";
import { useNextPeriodChoice } from "../components/useNextPeriodChoice";
import { DrilldownDrawer } from "../dossiers/figures/DrilldownDrawer";
import { stack } from "../dossiers/layout";
import { ChecksPanel } from "../report/ChecksPanel";
import { EntryModal, type EntryInput } from "../report/EntryModal";
import { ExcelExportButton } from "../report/ExcelExportButton";
import { FillFormModal } from "../report/FillFormModal";
import { indicatorNames } from "../report/indicatorNames";
import { PeriodFacts } from "../report/PeriodFacts";
import { ReportTable } from "../report/ReportTable";
import { TemplateMenu } from "../report/TemplateMenu";
import type { EditTarget, ReportRow } from "../report/types";
import { useReport } from "../report/useReport";

interface ReportOfProps {
  spec: string;
  /** The clerk's choice for this period; unset, the report carries estimates only while the estimate day is to come. */
  estimate: boolean | undefined;
  onEstimate: (on: boolean) => void;
  picker: ReactNode;
}

/** Phụ lục 3 of one period: when it covers and is due, its checks and figures, the entry form and the exports. */
function ReportOf({ spec, estimate, onEstimate, picker }: ReportOfProps) {
  const { message } = App.useApp();
  const { report, loading, error, reload, setValue } = useReport(spec, estimate);
  const withEstimate = report?.withEstimate ?? false;
  const [editing, setEditing] = useState<EditTarget | null>(null);
  const [drill, setDrill] = useState<ReportRow | null>(null);
  const [focused, setFocused] = useState<string[]>([]);
  const [filling, setFilling] = useState(false);
  const names = useMemo(() => (report ? indicatorNames(report) : new Map<string, string>()), [report]);

  const jump = (codes: string[]) => {
    setFocused(codes);
    document.querySelector(`.report-table tr[data-row-key="${CSS.escape(codes[0] ?? "")}"]`)?.scrollIntoView({ block: "center", behavior: "smooth" });
  };

  const save = async (target: EditTarget, input: EntryInput) => {
    await setValue({ code: target.row.code, estimate: target.estimate, ...input });
    setEditing(null);
    void message.success(input.value === null ? "Đã xóa số đã nhập; chỉ tiêu trở về số tự tính." : "Đã lưu số liệu.");
  };

  return (
    <div style={stack(12)}>
      <Card size="small">
        <Flex vertical gap={10}>
          <Flex justify="space-between" align="center" gap={12} wrap>
            {picker}
            <Flex gap={8} wrap>
              <ExcelExportButton period={spec} estimate={withEstimate} />
              <Button disabled={!report} onClick={() => setFilling(true)}>
                Điền vào mẫu của tỉnh…
              </Button>
            </Flex>
          </Flex>
          {report ? <PeriodFacts period={report.period} withEstimate={withEstimate} onEstimateChange={onEstimate} /> : <Skeleton.Input active size="small" style={{ width: 420 }} />}
          <TemplateMenu onChanged={reload} />
        </Flex>
      </Card>
      {error ? <LoadError message={error} onRetry={reload} /> : null}
      {report ? (
        <>
          <ChecksPanel checks={report.checks} onJump={jump} />
          <ReportTable report={report} focused={focused} onEdit={setEditing} onDrill={setDrill} />
        </>
      ) : loading ? (
        <Skeleton active paragraph={{ rows: 8 }} />
      ) : null}
      {editing ? (
        <EntryModal
          key={`${editing.row.code}-${editing.estimate}`}
          period={spec}
          target={editing}
          name={names.get(editing.row.code) ?? editing.row.label}
          onSave={(input) => save(editing, input)}
          onClose={() => setEditing(null)}
        />
      ) : null}
      {filling && report ? <FillFormModal period={spec} estimate={withEstimate} report={report} names={names} onClose={() => setFilling(false)} /> : null}
      <DrilldownDrawer period={spec} periodLabel={report?.period.label ?? null} figure={drill} onClose={() => setDrill(null)} />
    </div>
  );
}

/** Báo cáo: Phụ lục 3 of the period the user picks, starting with the next report due. */
export function Report() {
  const [choice, setChoice] = useNextPeriodChoice();
  // Chosen per period: a switch turned on for an open quarter does not carry over to a closed one.
  const [estimateChoice, setEstimateChoice] = useState<{ spec: string; on: boolean } | null>(null);
  const spec = choice && periodSpec(choice);
  const estimate = estimateChoice && estimateChoice.spec === spec ? estimateChoice.on : undefined;
  const picker = choice ? <PeriodPicker value={choice} onChange={setChoice} /> : null;

  return (
    // Sized by the page, never by its table, so nothing overflows at 1366×768.
    <div style={{ contain: "inline-size", minWidth: 0 }}>
      <PageHeading title="Báo cáo">Phụ lục 3 – số liệu thống kê kết quả cải cách hành chính theo kỳ: kiểm tra, nhập bổ sung, xuất Excel hoặc điền vào mẫu của tỉnh.</PageHeading>
      {choice === null ? (
        <Skeleton active />
      ) : spec ? (
        <ReportOf spec={spec} estimate={estimate} onEstimate={(on) => setEstimateChoice({ spec, on })} picker={picker} />
      ) : (
        <Card size="small">
          <Flex vertical gap={10}>
            {picker}
            <Typography.Text type="secondary">Hãy chọn ngày bắt đầu và ngày kết thúc.</Typography.Text>
          </Flex>
        </Card>
      )}
    </div>
  );
}
