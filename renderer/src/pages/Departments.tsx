import { useState } from "react";
import { App, Card, Collapse, Flex, List, Skeleton, Tabs, Typography } from "antd";
import { call, errorMessage } from "../api";
import { FilePickButton } from "../components/FilePickButton";
import { PageHeading } from "../components/Headings";
import { LoadError } from "../components/LoadError";
import { PeriodPicker } from "../components/PeriodPicker";
import { downloadBase64, readFileAsBase64 } from "../dossiers/files";
import { formatMoment } from "../format";
import { confirmLateSending } from "../packages/confirmLateSending";
import { createdNotice } from "../packages/createdNotice";
import { OutlineChooser } from "../outline/OutlineChooser";
import { useOutlineChoice } from "../outline/useOutlineChoice";
import { DeadlineModal } from "../packages/DeadlineModal";
import { departmentPrintSpec } from "../packages/departmentPrint";
import { DepartmentTable } from "../packages/DepartmentTable";
import { FillPart } from "../packages/FillPart";
import { MergeModal } from "../packages/MergeModal";
import { ReplyRefusal } from "../packages/ReplyRefusal";
import type { DepartmentRow, MergePlan } from "../packages/types";
import { PrintButton } from "../print/PrintButton";
import { useApi } from "../useApi";
import { useHashPath } from "../registers/useHashPath";
import { FILL_PART_TAB } from "../packages/fillPartHref";

function Dashboard({ outlineId, outlineName, period }: { outlineId: string; outlineName: string; period: string }) {
  const { message, notification, modal } = App.useApp();
  const dashboard = useApi("packages.dashboard", { outlineId, period });
  const [busy, setBusy] = useState<string | null>(null);
  const [deadlineOf, setDeadlineOf] = useState<DepartmentRow | null>(null);
  const [merging, setMerging] = useState<{ plan: MergePlan; file: { fileName: string; contentBase64: string } } | null>(null);

  const create = async (row: DepartmentRow, format: "cchc" | "xlsx") => {
    const confirmPastDeadline = row.deadlinePassed;
    if (confirmPastDeadline && !(await confirmLateSending(modal, row))) return;
    setBusy(`${row.code}:${format}`);
    try {
      const file = await call("packages.create", { outlineId, period, departmentCode: row.code, format, confirmPastDeadline });
      downloadBase64(file.fileName, file.contentBase64);
      const notice = createdNotice(file, row.name);
      void message.success(notice.done);
      if (notice.leftOut) notification.warning({ title: `Gói cho ${row.name} thiếu tệp minh chứng`, description: notice.leftOut, duration: 0 });
      dashboard.reload();
    } catch (e) {
      notification.error({ title: "Không tạo được gói", description: errorMessage(e), duration: 0 });
    } finally {
      setBusy(null);
    }
  };

  const open = async (picked: File) => {
    try {
      const file = { fileName: picked.name, contentBase64: await readFileAsBase64(picked) };
      setMerging({ plan: await call("packages.plan", file), file });
    } catch (e) {
      notification.error({ title: "Không nhận được gói", description: <ReplyRefusal message={errorMessage(e)} />, duration: 0 });
    }
  };

  if (dashboard.status === "loading") return <Skeleton active paragraph={{ rows: 6 }} />;
  if (dashboard.status === "error") return <LoadError message={dashboard.message} onRetry={dashboard.reload} />;
  const { departments, events } = dashboard.value;
  const reminders = departments.filter((d) => d.missing.length > 0);

  return (
    <div style={{ display: "grid", gap: 12 }}>
      <Flex gap={8} align="center" wrap>
        <FilePickButton
          type="primary"
          label="Nhận gói phòng ban gửi lại…"
          accept=".cchc,.xlsx"
          inputLabel="Tệp gói phòng ban (.cchc) hoặc mẫu Excel đã điền (.xlsx)"
          onFile={(file) => void open(file)}
        />
        <Typography.Text type="secondary" style={{ flex: "1 1 360px" }}>
          Mỗi phòng nhận một tệp .cchc (hoặc mẫu Excel nếu chưa cài ứng dụng) chỉ gồm phần việc của mình; gửi lại tệp đã điền để gộp vào báo cáo chung.
        </Typography.Text>
        <PrintButton spec={() => departmentPrintSpec(departments, outlineName, period)} disabled={departments.length === 0} />
      </Flex>
      <DepartmentTable rows={departments} busy={busy} onCreate={(r, format) => void create(r, format)} onDeadline={setDeadlineOf} />
      <Collapse
        size="small"
        defaultActiveKey={reminders.length ? ["nhac", "lich-su"] : ["lich-su"]}
        items={[
          {
            key: "nhac",
            label: `Còn thiếu (${reminders.length} phòng ban)`,
            children: reminders.length ? (
              <List
                size="small"
                data-testid="reminders"
                dataSource={reminders}
                renderItem={(d) => (
                  <List.Item>
                    <span>
                      <Typography.Text strong>{d.name}:</Typography.Text> {d.missing.slice(0, 8).join("; ")}
                      {d.missing.length > 8 ? `; và ${d.missing.length - 8} mục khác` : ""}
                    </span>
                  </List.Item>
                )}
              />
            ) : (
              <Typography.Text>Các phòng ban đã gửi đủ.</Typography.Text>
            ),
          },
          {
            key: "lich-su",
            label: `Lịch sử gửi, nhận (${events.length})`,
            children: (
              <List
                size="small"
                data-testid="package-history"
                dataSource={events}
                locale={{ emptyText: "Chưa gửi gói nào cho kỳ này." }}
                renderItem={(e) => (
                  <List.Item>
                    <span>
                      {formatMoment(e.at)} · {e.direction === "gui" ? "Gửi" : "Nhận"} {e.fileName}
                      {e.sender ? ` · ${e.sender}` : ""}
                      {e.summary ? ` · ${e.summary}` : ""}
                    </span>
                  </List.Item>
                )}
              />
            ),
          },
        ]}
      />
      {deadlineOf ? (
        <DeadlineModal
          outlineId={outlineId}
          period={period}
          department={deadlineOf}
          onClose={() => setDeadlineOf(null)}
          onSaved={() => {
            setDeadlineOf(null);
            dashboard.reload();
          }}
        />
      ) : null}
      {merging ? (
        <MergeModal
          plan={merging.plan}
          file={merging.file}
          onClose={() => setMerging(null)}
          onApplied={(applied, total) => {
            setMerging(null);
            void message.success(`Đã nhận ${applied}/${total} thay đổi từ ${merging.plan.manifest.department.name}.`);
            dashboard.reload();
          }}
        />
      ) : null}
    </div>
  );
}

/** The officer's side: pick the report, then the dashboard of its departments; nothing is picked for the clerk before an inspection is set. */
function Compile() {
  const { listError, outlines, setOutlines, outlineId, chooseOutline, choice, setChoice, spec } = useOutlineChoice({ withoutInspection: "none" });
  if (listError) return <LoadError message={listError.message} onRetry={listError.retry} />;
  if (!outlines) return <Skeleton active />;
  return (
    <div style={{ display: "grid", gap: 12 }}>
      <Card size="small">
        <Flex vertical gap={10}>
          <OutlineChooser outlines={outlines} value={outlineId} onChange={chooseOutline} onListChanged={setOutlines} />
          {choice ? <PeriodPicker value={choice} onChange={setChoice} /> : null}
        </Flex>
      </Card>
      {!outlineId || !choice ? (
        <Typography.Text type="secondary" data-testid="no-report-chosen">
          Chưa có buổi kiểm tra nào được đặt. Hãy chọn đề cương hoặc báo cáo cần giao cho các phòng ban, rồi chọn kỳ báo cáo.
        </Typography.Text>
      ) : spec ? (
        <Dashboard key={`${outlineId}-${spec}`} outlineId={outlineId} outlineName={outlines.find((o) => o.id === outlineId)?.name ?? ""} period={spec} />
      ) : (
        <Typography.Text type="secondary">Hãy chọn ngày bắt đầu và ngày kết thúc.</Typography.Text>
      )}
    </div>
  );
}

/** Phòng ban: each department's part of a report – sent, received, what is missing – and, for a department, filling the part it was sent. */
export function Departments() {
  const [[tab], open] = useHashPath("phong-ban");
  return (
    <div style={{ contain: "inline-size", minWidth: 0 }}>
      <PageHeading title="Phòng ban">Giao từng phòng ban phần việc của báo cáo bằng tệp gói (.cchc), theo dõi ai đã gửi, ai còn thiếu, và gộp các phần gửi lại vào báo cáo chung.</PageHeading>
      <Tabs
        activeKey={tab === FILL_PART_TAB ? FILL_PART_TAB : "tong-hop"}
        onChange={(key) => open([key])}
        items={[
          { key: "tong-hop", label: "Theo dõi, tổng hợp", children: <Compile /> },
          { key: FILL_PART_TAB, label: "Điền phần được giao", children: <FillPart /> },
        ]}
      />
    </div>
  );
}
