import { useState } from "react";
import dayjs, { type Dayjs } from "dayjs";
import { App, DatePicker, Modal, Typography } from "antd";
import { call, errorMessage } from "../api";
import type { DepartmentRow } from "./types";

interface Props {
  outlineId: string;
  period: string;
  department: DepartmentRow;
  onSaved: () => void;
  onClose: () => void;
}

/** The deadline of one department's part, date and time (seed 002: 11 giờ 00 ngày 09/10/2025). */
export function DeadlineModal({ outlineId, period, department, onSaved, onClose }: Props) {
  const { message } = App.useApp();
  const [value, setValue] = useState<Dayjs | null>(department.deadlineSource === "tay" ? dayjs(department.deadline.replace(" ", "T")) : null);
  const [busy, setBusy] = useState(false);

  const save = async () => {
    setBusy(true);
    try {
      await call("packages.setDeadline", { outlineId, period, departmentCode: department.code, deadline: value ? value.format("YYYY-MM-DD HH:mm") : null });
      void message.success("Đã lưu hạn gửi.");
      onSaved();
    } catch (e) {
      void message.error(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal open title={`Hạn gửi – ${department.name}`} okText="Lưu" cancelText="Đóng" confirmLoading={busy} onOk={() => void save()} onCancel={onClose}>
      <Typography.Paragraph type="secondary">Để trống thì dùng hạn theo đề cương hoặc theo quy định của tỉnh cho kỳ báo cáo (nếu không có thì là ngày cuối của khoảng số liệu).</Typography.Paragraph>
      <DatePicker
        aria-label="Hạn gửi (ngày, giờ)"
        showTime={{ format: "HH:mm" }}
        format="DD/MM/YYYY HH:mm"
        placeholder="ngày/tháng/năm giờ:phút"
        value={value}
        onChange={setValue}
        style={{ width: "100%" }}
      />
    </Modal>
  );
}
