import { useState } from "react";
import { Alert, Button, Flex, Form, Input, Modal, Typography } from "antd";
import { FIELD_LIMITS } from "../../../core/field-limits";
import { formatFigure } from "../../../core/indicators/format";
import { errorMessage } from "../api";
import { ErrorAlert } from "../dossiers/ErrorAlert";
import { HistoryList } from "./HistoryList";
import { numberToInput, parseVietnameseNumber } from "../../../core/vietnamese-number";
import type { EditTarget } from "./types";

export interface EntryInput {
  value: number | null;
  reason: string;
  source: string;
}

interface Props {
  period: string;
  target: EditTarget;
  /** The indicator as the user reads it ("III.8 Số hồ sơ đã giải quyết"). */
  name: string;
  /** Saves the entry; rejects with the core's message when it refuses. */
  onSave: (input: EntryInput) => Promise<void>;
  onClose: () => void;
}

// As the core decides it: changing a computed figure or an estimate is an override, which must say why.
const isOverride = ({ row, estimate }: EditTarget): boolean => estimate || row.computed !== null || row.origin === "ghi_de";

function currentEntryValue({ row, estimate }: EditTarget): number | null {
  if (estimate) return row.estimateOrigin === "ghi_de" ? row.estimate : null;
  return row.entry ? row.value : null;
}

function takeBackLabel({ row, estimate }: EditTarget): string | null {
  if (estimate) return row.estimateOrigin === "ghi_de" ? "Bỏ ghi đè" : null;
  if (!row.entry) return null;
  return row.entry.kind === "override" ? "Bỏ ghi đè" : "Xóa số nhập tay";
}

function overrideNote({ row, estimate }: EditTarget): string {
  if (estimate) {
    const auto = row.estimateOrigin === "uoc" ? `Số ước đạt tự tính: ${formatFigure(row.estimate, row.unit)}. ` : "";
    return `${auto}Điều chỉnh số ước đạt phải ghi lý do.`;
  }
  const computed = row.computed === null ? "" : `Số tính từ sổ sách: ${formatFigure(row.computed, row.unit)}. `;
  return `${computed}Nhập số khác là ghi đè và phải ghi lý do; số tự tính vẫn được giữ bên cạnh.`;
}

function titleOf(target: EditTarget): string {
  if (target.estimate) return "Điều chỉnh số ước đạt";
  return isOverride(target) ? "Ghi đè số liệu tự động" : "Nhập số liệu";
}

/** Enters a figure, overrides a computed one or an estimate (with a reason), takes an entry back, and shows the history. */
export function EntryModal({ period, target, name, onSave, onClose }: Props) {
  const { row, estimate } = target;
  const entry = estimate ? null : row.entry;
  const [text, setText] = useState(numberToInput(currentEntryValue(target)));
  const [reason, setReason] = useState(entry?.reason ?? "");
  const [source, setSource] = useState(entry?.source ?? "");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [showHistory, setShowHistory] = useState(false);
  const parsed = parseVietnameseNumber(text);
  const override = isOverride(target);
  const takeBack = takeBackLabel(target);
  const unitName = row.unitName;

  const submit = async (value: number | null) => {
    setBusy(true);
    setError(null);
    try {
      await onSave({ value, reason, source });
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };
  const save = () => {
    if (parsed.kind === "empty") setError("Hãy nhập số liệu.");
    else if (parsed.kind === "invalid") setError(`Chưa đọc được số “${text}”. Hãy nhập như 1.234 hoặc 97,5.`);
    else void submit(parsed.value);
  };

  const numberHelp = parsed.kind === "number" ? `Sẽ ghi: ${formatFigure(parsed.value, row.unit)}` : "Dấu chấm ngăn hàng nghìn, dấu phẩy trước phần thập phân: 1.234,5";

  return (
    <Modal
      open
      title={titleOf(target)}
      onCancel={onClose}
      width={560}
      style={{ top: 32 }}
      // The history can run long: it scrolls inside, and the buttons stay in sight.
      styles={{ body: { maxHeight: "calc(100vh - 180px)", overflowY: "auto" } }}
      closable={{ "aria-label": "Đóng" }}
      footer={
        <Flex justify="space-between" gap={8} wrap>
          <Flex gap={8}>
            {takeBack ? (
              <Button danger disabled={busy} onClick={() => void submit(null)}>
                {takeBack}
              </Button>
            ) : null}
            <Button onClick={() => setShowHistory((s) => !s)} aria-expanded={showHistory}>
              Lịch sử
            </Button>
          </Flex>
          <Flex gap={8}>
            <Button onClick={onClose}>Hủy</Button>
            <Button type="primary" loading={busy} onClick={save}>
              Lưu
            </Button>
          </Flex>
        </Flex>
      }
    >
      <div style={{ display: "grid", gap: 12 }} data-testid="entry-modal">
        <Typography.Text strong>
          {name}
          {estimate ? " (ước đạt)" : ""}
        </Typography.Text>
        {override ? <Alert type="info" showIcon role="note" title={overrideNote(target)} /> : null}
        <Form layout="vertical" component="div">
          <Form.Item label="Số liệu" htmlFor="entry-value" help={numberHelp} validateStatus={parsed.kind === "invalid" ? "error" : undefined} required>
            <Input id="entry-value" inputMode="decimal" autoFocus value={text} onChange={(e) => setText(e.target.value)} onPressEnter={save} suffix={unitName} style={{ maxWidth: 260 }} />
          </Form.Item>
          <Form.Item label={override ? "Lý do điều chỉnh" : "Lý do, ghi chú"} htmlFor="entry-reason" required={override}>
            <Input.TextArea id="entry-reason" rows={2} maxLength={FIELD_LIMITS.note} value={reason} onChange={(e) => setReason(e.target.value)} />
          </Form.Item>
          <Form.Item label="Nguồn số liệu (không bắt buộc)" htmlFor="entry-source" style={{ marginBottom: 0 }}>
            <Input id="entry-source" maxLength={FIELD_LIMITS.line} placeholder="Ví dụ: báo cáo của Phòng Kinh tế ngày 05/12/2025" value={source} onChange={(e) => setSource(e.target.value)} />
          </Form.Item>
        </Form>
        {error ? <ErrorAlert title="Chưa lưu được" message={error} /> : null}
        {showHistory ? <HistoryList period={period} code={row.code} unit={row.unit} /> : null}
      </div>
    </Modal>
  );
}
