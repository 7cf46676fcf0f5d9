import dayjs, { type Dayjs } from "dayjs";
import { Form, Input, Modal, TimePicker } from "antd";
import { FIELD_LIMITS } from "../../../core/field-limits";
import { call } from "../api";
import { useSaving } from "../components/useSaving";
import { DateInput } from "../registers/DateInput";
import type { FilledOutline } from "./types";

interface Values {
  date: Dayjs | null;
  timeFrom: Dayjs | null;
  timeTo: Dayjs | null;
  team: string;
  place: string;
  responsible: Record<string, string>;
}

const time = (t: string | null) => (t ? dayjs(`2000-01-01T${t}`) : null);
const blankToNull = (s: string) => (s.trim() ? s.trim() : null);

/** When and where the inspection team comes, and who answers for each department: printed on the evidence checklist's cover. */
export function InspectionModal({ outline, onSaved, onClose }: { outline: FilledOutline; onSaved: () => void; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { busy, save: saving } = useSaving();
  const { inspection } = outline;
  const initial: Values = {
    date: inspection.date ? dayjs(inspection.date) : null,
    timeFrom: time(inspection.timeFrom),
    timeTo: time(inspection.timeTo),
    team: inspection.team ?? "",
    place: inspection.place ?? "",
    responsible: Object.fromEntries(outline.departments.map((d) => [d.code, inspection.responsible[d.code] ?? d.headName ?? ""])),
  };

  const save = (values: Values) =>
    saving(
      () =>
        call("outline.setInspection", {
          outlineId: outline.outline.id,
          inspection: {
            date: values.date ? values.date.format("YYYY-MM-DD") : null,
            timeFrom: values.timeFrom ? values.timeFrom.format("HH:mm") : null,
            timeTo: values.timeTo ? values.timeTo.format("HH:mm") : null,
            team: blankToNull(values.team),
            place: blankToNull(values.place),
            responsible: Object.fromEntries(Object.entries(values.responsible).filter(([, name]) => name.trim())),
          },
        }),
      "Đã lưu thông tin buổi kiểm tra.",
      onSaved,
    );

  return (
    <Modal open title="Thông tin buổi kiểm tra" okText="Lưu" cancelText="Đóng" confirmLoading={busy} onOk={() => form.submit()} onCancel={onClose} width={640}>
      <Form form={form} layout="vertical" initialValues={initial} onFinish={(v) => void save(v)}>
        <Form.Item name="date" label="Ngày kiểm tra">
          <DateInput />
        </Form.Item>
        <div style={{ display: "flex", gap: 12 }}>
          <Form.Item name="timeFrom" label="Từ giờ" style={{ flex: 1 }}>
            <TimePicker format="HH:mm" minuteStep={5} placeholder="giờ:phút" style={{ width: "100%" }} />
          </Form.Item>
          <Form.Item name="timeTo" label="Đến giờ" style={{ flex: 1 }}>
            <TimePicker format="HH:mm" minuteStep={5} placeholder="giờ:phút" style={{ width: "100%" }} />
          </Form.Item>
        </div>
        <Form.Item name="team" label="Đoàn kiểm tra">
          <Input placeholder="Đoàn kiểm tra cải cách hành chính thành phố" maxLength={FIELD_LIMITS.line} />
        </Form.Item>
        <Form.Item name="place" label="Địa điểm">
          <Input placeholder="Hội trường UBND xã" maxLength={FIELD_LIMITS.line} />
        </Form.Item>
        {outline.departments.map((d) => (
          <Form.Item key={d.code} name={["responsible", d.code]} label={`Người chịu trách nhiệm – ${d.name}`}>
            <Input maxLength={FIELD_LIMITS.name} />
          </Form.Item>
        ))}
      </Form>
    </Modal>
  );
}
