import { useState } from "react";
import { App, Button, Flex, Input, Modal, Typography } from "antd";
import { FIELD_LIMITS } from "../../../core/field-limits";
import { errorMessage } from "../api";
import { formatDateTime } from "../dossiers/format";
import { TextHistory } from "./TextHistory";

interface Props {
  /** "Phòng Kinh tế", or "Nội dung tổng hợp". */
  title: string;
  /** What the box starts with: the text in force, or for the merged box the departments' texts joined. */
  initial: string;
  written: { author: string; at: string; source: string | null } | null;
  placeholder: string;
  history: { outlineId: string; period: string; itemKey: string; departmentCode: string | null };
  onSave: (body: string) => Promise<void>;
  testId: string;
}

/** One text of an item: the box, who wrote the text in force and when, save, and the history of versions. */
export function TextBox({ title, initial, written, placeholder, history, onSave, testId }: Props) {
  const { message } = App.useApp();
  const [body, setBody] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [showHistory, setShowHistory] = useState(false);
  const changed = body.trim() !== initial.trim();
  const inputId = `text-${testId}`;

  const save = async () => {
    setBusy(true);
    try {
      await onSave(body);
      void message.success(body.trim() ? "Đã lưu nội dung." : "Đã xóa nội dung.");
    } catch (e) {
      void message.error(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div data-testid={testId} style={{ display: "grid", gap: 6 }}>
      <Flex justify="space-between" align="baseline" wrap gap={8}>
        <label htmlFor={inputId}>
          <Typography.Text strong>{title}</Typography.Text>
        </label>
        <Typography.Text type="secondary">{written ? `${written.author} · ${formatDateTime(written.at)}${written.source ? ` · ${written.source}` : ""}` : "Chưa có nội dung"}</Typography.Text>
      </Flex>
      <Input.TextArea id={inputId} value={body} onChange={(e) => setBody(e.target.value)} maxLength={FIELD_LIMITS.body} autoSize={{ minRows: 3, maxRows: 14 }} placeholder={placeholder} />
      <Flex gap={8}>
        <Button type="primary" size="small" disabled={!changed} loading={busy} onClick={() => void save()}>
          Lưu
        </Button>
        <Button size="small" disabled={!changed || busy} onClick={() => setBody(initial)}>
          Hoàn tác
        </Button>
        <Button size="small" type="link" onClick={() => setShowHistory(true)}>
          Lịch sử sửa đổi
        </Button>
      </Flex>
      {showHistory ? (
        <Modal open title={`Lịch sử: ${title}`} footer={null} onCancel={() => setShowHistory(false)} width={640}>
          <TextHistory {...history} />
        </Modal>
      ) : null}
    </div>
  );
}
