import { useState } from "react";
import { Alert, App, Checkbox, Modal, Table, Tag, Typography } from "antd";
import { formatFigure } from "../../../core/indicators/format";
import { call, errorMessage } from "../api";
import { openPackageFile } from "../attachments/openAttachment";
import { formatDate, formatMoment, formatNumber } from "../format";
import { EvidenceFiles } from "./EvidenceFiles";
import { ReplyRefusal } from "./ReplyRefusal";
import type { MergeChange, MergePlan } from "./types";
import "./packages.css";

interface Props {
  plan: MergePlan;
  file: { fileName: string; contentBase64: string };
  onApplied: (applied: number, total: number) => void;
  onClose: () => void;
}

function what(ch: MergeChange): string {
  if (ch.kind === "figure") return `Số liệu: ${ch.label}`;
  if (ch.kind === "text") return `Nội dung mục ${ch.itemKey}: ${ch.wording}`;
  return `Minh chứng mục ${ch.itemKey}: ${ch.wording}`;
}

function Now({ ch }: { ch: MergeChange }) {
  if (ch.kind === "figure") return <>{formatFigure(ch.now, ch.unit)}</>;
  if (ch.kind === "text")
    return ch.now ? (
      <Typography.Paragraph style={{ whiteSpace: "pre-wrap", margin: 0 }} ellipsis={{ rows: 4, expandable: true, symbol: "xem thêm" }}>
        {ch.now}
      </Typography.Paragraph>
    ) : (
      <Typography.Text type="secondary">Chưa có</Typography.Text>
    );
  if (ch.alreadyLinked) return <Typography.Text>Đã gắn – thêm {formatNumber(ch.files.length)} tệp</Typography.Text>;
  return <Typography.Text type="secondary">{ch.documentId === null ? "Chưa có trong sổ văn bản" : "Chưa gắn"}</Typography.Text>;
}

function Incoming({ ch, onOpen }: { ch: MergeChange; onOpen: (file: { sha256: string; fileName: string }) => void }) {
  if (ch.kind === "figure") return <Typography.Text strong>{formatFigure(ch.incoming, ch.unit)}</Typography.Text>;
  if (ch.kind === "text")
    return (
      <Typography.Paragraph style={{ whiteSpace: "pre-wrap", margin: 0 }} ellipsis={{ rows: 4, expandable: true, symbol: "xem thêm" }}>
        {ch.incoming}
      </Typography.Paragraph>
    );
  return (
    <div>
      {ch.documentId === null ? <Tag color="blue">Văn bản mới vào sổ</Tag> : null}
      {ch.numberSymbol} ngày {formatDate(ch.date)} – {ch.summary}
      <EvidenceFiles files={ch.files} onOpen={onOpen} />
    </div>
  );
}

/** What a department's answer would change, item by item: the officer ticks what to take; conflicts start unticked. */
export function MergeModal({ plan, file, onApplied, onClose }: Props) {
  const { notification, message } = App.useApp();
  const [accepted, setAccepted] = useState<Set<string>>(() => new Set(plan.changes.filter((c) => !c.conflict).map((c) => c.id)));
  const [busy, setBusy] = useState(false);
  const { manifest } = plan;
  const filesCount = plan.changes.reduce((n, c) => n + (c.kind === "evidence" ? c.files.length : 0), 0);

  const apply = async () => {
    setBusy(true);
    try {
      const ids = plan.changes.map((c) => c.id);
      const result = await call("packages.apply", { ...file, accept: ids.filter((id) => accepted.has(id)), reject: ids.filter((id) => !accepted.has(id)) });
      onApplied(result.applied.length, result.changes.length);
    } catch (e) {
      notification.error({ title: "Không nhận được gói", description: <ReplyRefusal message={errorMessage(e)} />, duration: 0 });
    } finally {
      setBusy(false);
    }
  };

  const openFile = (f: { sha256: string; fileName: string }) =>
    openPackageFile(file, f.sha256).catch((e: unknown) => void message.error({ content: `Không mở được tệp “${f.fileName}”: ${errorMessage(e)}`, duration: 8 }));

  const toggle = (id: string, on: boolean) =>
    setAccepted((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  return (
    <Modal
      open
      width={1000}
      title={`Gói của ${manifest.department.name} – ${manifest.window.label}`}
      okText={`Nhận ${accepted.size} thay đổi đã chọn`}
      cancelText="Đóng, chưa nhận"
      confirmLoading={busy}
      onOk={() => void apply()}
      onCancel={onClose}
    >
      <div data-testid="merge-diff" style={{ display: "grid", gap: 10 }}>
        <Typography.Text type="secondary">
          {manifest.createdBy} gửi lúc {formatMoment(manifest.createdAt, "sentence")} · tệp {plan.fileName} · {plan.changes.length} thay đổi
          {filesCount > 0 ? ` (kèm ${formatNumber(filesCount)} tệp)` : ""}, {plan.unchanged} câu trả lời trùng với dữ liệu hiện có
        </Typography.Text>
        {plan.warnings.map((w) => (
          <Alert key={w} type="warning" showIcon title={w} />
        ))}
        {plan.changes.some((c) => c.conflict) ? (
          <Alert type="error" showIcon title="Có xung đột: dữ liệu trên máy đã thay đổi từ khi gửi gói, hoặc phòng khác đã trả lời. Xem kỹ rồi đánh dấu nếu muốn nhận." />
        ) : null}
        <Table<MergeChange>
          size="small"
          rowKey="id"
          pagination={false}
          scroll={{ y: 420 }}
          dataSource={plan.changes}
          locale={{ emptyText: "Gói không có thay đổi nào so với dữ liệu hiện có." }}
          rowClassName={(c) => (c.conflict ? "merge-conflict" : "")}
          columns={[
            {
              title: "Nhận",
              key: "take",
              width: 64,
              render: (_, c) => <Checkbox aria-label={`Nhận: ${what(c)}`} checked={accepted.has(c.id)} onChange={(e) => toggle(c.id, e.target.checked)} />,
            },
            {
              title: "Mục",
              key: "what",
              render: (_, c) => (
                <div>
                  <div>{what(c)}</div>
                  {c.conflict ? <Tag color="red">Xung đột: {c.conflict}</Tag> : null}
                </div>
              ),
            },
            { title: "Đang có trên máy", key: "now", width: 240, render: (_, c) => <Now ch={c} /> },
            { title: "Phòng ban gửi", key: "incoming", width: 260, render: (_, c) => <Incoming ch={c} onOpen={(f) => void openFile(f)} /> },
          ]}
        />
      </div>
    </Modal>
  );
}
