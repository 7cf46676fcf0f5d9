import { Col, Form, Input, Row, type FormInstance } from "antd";
import { fold } from "../catalogue/fold";
import { SuggestInput } from "../catalogue/SuggestInput";
import type { Procedure } from "../catalogue/types";
import { DateInput } from "./DateInput";
import { notBefore } from "./dateRules";
import { toPaknValues, type PaknValues } from "./paknValues";
import { COMMON_CHANNELS, suggestions } from "./suggestions";
import type { PaknRecord } from "./types";

interface Props {
  form: FormInstance<PaknValues>;
  row: PaknRecord | null;
  /** The catalogue, to pick the procedure from (its field comes with it). */
  procedures: readonly Procedure[];
  /** Channels already used in the register. */
  channels: readonly (string | null)[];
  onFinish: (values: PaknValues) => void;
}

export function PaknForm({ form, row, procedures, channels, onFinish }: Props) {
  const procedureOptions = suggestions(procedures.map((p) => p.name));
  const fieldOptions = suggestions(procedures.map((p) => p.field));
  const channelOptions = suggestions(COMMON_CHANNELS, channels);

  /** A procedure picked from the list brings its field; one typed out in full fills the field only while it is empty. */
  const fieldOf = (name: string) => procedures.find((p) => fold(p.name) === fold(name))?.field ?? null;
  const pickProcedure = (name: string) => {
    const field = fieldOf(name);
    if (field) form.setFieldValue("field", field);
  };
  const typeProcedure = (name: string) => {
    const field = fieldOf(name);
    if (field && !String(form.getFieldValue("field") ?? "").trim()) form.setFieldValue("field", field);
  };

  return (
    <Form<PaknValues>
      form={form}
      name="pakn"
      clearOnDestroy
      layout="vertical"
      initialValues={toPaknValues(row)}
      onFinish={onFinish}
      style={{ marginBottom: -16 }}
    >
      <Row gutter={12}>
        <Col span={6}>
          <Form.Item name="code" label="Số/Mã">
            <Input maxLength={60} placeholder="Ví dụ: PAKN-2025-001" />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="receivedDate" label="Ngày tiếp nhận" rules={[{ required: true, message: "Hãy chọn ngày tiếp nhận." }]}>
            <DateInput />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item
            name="dueDate"
            label="Hạn xử lý"
            dependencies={["receivedDate"]}
            rules={[notBefore("receivedDate", "Hạn xử lý phải từ ngày tiếp nhận trở đi.")]}
          >
            <DateInput />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item
            name="resolvedDate"
            label="Ngày giải quyết"
            dependencies={["receivedDate"]}
            rules={[notBefore("receivedDate", "Ngày giải quyết phải từ ngày tiếp nhận trở đi.")]}
          >
            <DateInput />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col span={15}>
          <Form.Item name="procedureName" label="Thủ tục bị phản ánh">
            <SuggestInput
              options={procedureOptions}
              maxLength={500}
              placeholder="Gõ để chọn trong danh mục, hoặc nhập tên thủ tục"
              popupWidth={560}
              onSelect={pickProcedure}
              onChange={typeProcedure}
            />
          </Form.Item>
        </Col>
        <Col span={9}>
          <Form.Item name="field" label="Lĩnh vực">
            <SuggestInput options={fieldOptions} maxLength={200} popupWidth={280} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item name="senderName" label="Người gửi">
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="channel" label="Kênh tiếp nhận">
            <SuggestInput options={channelOptions} maxLength={100} popupWidth={380} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="content" label="Nội dung phản ánh, kiến nghị">
        <Input.TextArea maxLength={4000} autoSize={{ minRows: 2, maxRows: 4 }} />
      </Form.Item>
      <Form.Item name="result" label="Kết quả giải quyết">
        <Input.TextArea maxLength={2000} autoSize={{ minRows: 1, maxRows: 3 }} />
      </Form.Item>
    </Form>
  );
}
