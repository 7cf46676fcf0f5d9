import { Col, Form, Input, Row } from "antd";
import { FIELD_LIMITS } from "../../../core/field-limits";

/** The set-up's question "who is working": the field `personName` of the set-up form. */
export function PersonNameField() {
  return (
    <Row gutter={24}>
      <Col xs={24} lg={12}>
        <Form.Item
          label="Họ tên của bạn"
          name="personName"
          rules={[{ required: true, whitespace: true, message: "Hãy nhập họ tên của bạn." }]}
          extra="Được ghi vào nhật ký thay đổi, gói giao phòng ban và Hộp thư đi."
        >
          <Input autoComplete="name" maxLength={FIELD_LIMITS.personName} />
        </Form.Item>
      </Col>
    </Row>
  );
}
