import { useState } from "react";
import dayjs, { type Dayjs } from "dayjs";
import { DatePicker, Form, Input, Modal, Select } from "antd";
import { FIELD_LIMITS } from "../../../core/field-limits";
import { call } from "../api";
import { useSaving } from "../components/useSaving";
import { SENT_VIA, type OutboxEntry } from "./types";

interface Props {
  entry: OutboxEntry;
  onSaved: () => void;
  onClose: () => void;
}

/** Records that a file was sent: where (the reporting system, e-mail, USB, Zalo), when, with a note. */
export function MarkSentModal({ entry, onSaved, onClose }: Props) {
  const { busy, save: saving } = useSaving();
  const [via, setVia] = useState<OutboxEntry["sentVia"]>("he_thong");
  const [at, setAt] = useState<Dayjs | null>(dayjs());
  const [note, setNote] = useState("");

  const save = () =>
    saving(() => call("outbox.markSent", { id: entry.id, via: via!, note: note || null, at: at ? at.format("YYYY-MM-DD HH:mm") : null }), `Đã ghi nhận gửi "${entry.fileName}".`, onSaved);

  return (
    <Modal open title="Đánh dấu đã gửi" okText="Lưu" cancelText="Đóng" confirmLoading={busy} onOk={() => void save()} onCancel={onClose}>
      <p>{entry.fileName}</p>
      <Form layout="vertical">
        <Form.Item label="Gửi qua">
          <Select aria-label="Gửi qua" value={via} options={Object.entries(SENT_VIA).map(([value, label]) => ({ value, label }))} onChange={setVia} />
        </Form.Item>
        <Form.Item label="Lúc gửi">
          <DatePicker aria-label="Lúc gửi" showTime={{ format: "HH:mm" }} format="DD/MM/YYYY HH:mm" value={at} onChange={setAt} style={{ width: "100%" }} />
        </Form.Item>
        <Form.Item label="Ghi chú">
          <Input.TextArea
            aria-label="Ghi chú"
            value={note}
            maxLength={FIELD_LIMITS.note}
            autoSize={{ minRows: 2, maxRows: 5 }}
            placeholder="Ví dụ: đã nhập lên Hệ thống thông tin báo cáo, mã báo cáo …"
            onChange={(e) => setNote(e.target.value)}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
