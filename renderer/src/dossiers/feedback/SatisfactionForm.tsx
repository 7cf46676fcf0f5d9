import { Col, Form, Input, InputNumber, Row, type FormInstance } from "antd";
import { SuggestInput } from "../catalogue/SuggestInput";
import { DateInput } from "./DateInput";
import { notBefore } from "./dateRules";
import { RatePreview } from "./RatePreview";
import { toSatisfactionValues, type SatisfactionValues } from "./satisfactionValues";
import { suggestions } from "./suggestions";
import type { SatisfactionRound } from "./types";

interface Props {
  form: FormInstance<SatisfactionValues>;
  row: SatisfactionRound | null;
  /** Fields to offer: the catalogue's and those of earlier rounds. */
  fields: readonly (string | null)[];
  onFinish: (values: SatisfactionValues) => void;
}

const countInput = <InputNumber min={0} precision={0} step={1} style={{ width: "100%" }} />;

export function SatisfactionForm({ form, row, fields, onFinish }: Props) {
  return (
    <Form<SatisfactionValues>
      form={form}
      name="satisfaction"
      clearOnDestroy
      layout="vertical"
      initialValues={toSatisfactionValues(row)}
      onFinish={onFinish}
      style={{ marginBottom: -8 }}
    >
      <Row gutter={12}>
        <Col span={6}>
          <Form.Item name="periodFrom" label="Từ ngày" rules={[{ required: true, message: "Hãy chọn ngày bắt đầu đợt." }]}>
            <DateInput />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item
            name="periodTo"
            label="Đến ngày"
            dependencies={["periodFrom"]}
            rules={[
              { required: true, message: "Hãy chọn ngày kết thúc đợt." },
              notBefore("periodFrom", "Ngày kết thúc phải từ ngày bắt đầu trở đi."),
            ]}
          >
            <DateInput />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="field" label="Lĩnh vực" extra="Để trống nếu kết quả chung cho tất cả lĩnh vực.">
            <SuggestInput options={suggestions(fields)} maxLength={200} placeholder="Tất cả lĩnh vực" popupWidth={380} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col span={6}>
          <Form.Item name="rated" label="Số lượt đánh giá" rules={[{ required: true, message: "Hãy nhập số lượt đánh giá." }]}>
            {countInput}
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item
            name="satisfied"
            label="Số hài lòng"
            dependencies={["rated"]}
            rules={[
              { required: true, message: "Hãy nhập số lượt hài lòng." },
              ({ getFieldValue }) => ({
                validator: (_, value: number | null) => {
                  const rated = getFieldValue("rated") as number | null;
                  return value === null || rated === null || value <= rated
                    ? Promise.resolve()
                    : Promise.reject(new Error("Số hài lòng không được lớn hơn số lượt đánh giá."));
                },
              }),
            ]}
          >
            {countInput}
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="source" label="Nguồn số liệu">
            <Input maxLength={300} placeholder="Ví dụ: Hệ thống đánh giá tại Trung tâm, Cổng Dịch vụ công" />
          </Form.Item>
        </Col>
      </Row>
      <RatePreview />
    </Form>
  );
}
