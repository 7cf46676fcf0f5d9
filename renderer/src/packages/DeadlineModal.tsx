import { useState } from "react";
import dayjs, { type Dayjs } from "dayjs";
import { DatePicker, Modal, Typography } from "antd";
import { call } from "../api";
import { useSaving } from "../components/useSaving";
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
  const { busy, save: saving } = useSaving();
  const [value, setValue] = useState<Dayjs | null>(department.deadlineSource === "tay" ? dayjs(department.deadline.replace(" ", "T")) : null);

  const save = () =>
    saving(() => call("packages.setDeadline", { outlineId, period, departmentCode: department.code, deadline: value ? value.format("YYYY-MM-DD HH:mm") : null }), "Đã lưu hạn gửi.", onSaved);

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
