import { Col, Form, Input, Row, Select, Typography } from "antd";
import type { ApiOutput } from "../../../core/api/contract";
import { FIELD_LIMITS } from "../../../core/field-limits";
import { UNIT_KIND_OPTIONS } from "../labels";

type Profile = ApiOutput<"profiles.list">[number];

export function UnitFields({ profiles }: { profiles: Profile[] }) {
  const profileId = Form.useWatch<string | undefined>("profileId");
  const selected = profiles.find((p) => p.id === profileId);

  return (
    <Row gutter={24}>
      <Col xs={24} lg={12}>
        <Form.Item
          label="Tên đơn vị"
          name="name"
          rules={[{ required: true, whitespace: true, message: "Hãy nhập tên đơn vị." }]}
        >
          <Input placeholder="Ví dụ: Xã Cẩm Giang" maxLength={FIELD_LIMITS.name} />
        </Form.Item>
      </Col>
      <Col xs={24} lg={12}>
        <Form.Item label="Loại đơn vị" name="kind" rules={[{ required: true, message: "Hãy chọn loại đơn vị." }]}>
          <Select options={UNIT_KIND_OPTIONS} />
        </Form.Item>
      </Col>
      <Col xs={24} lg={12}>
        <Form.Item label="Tỉnh/thành phố" name="provinceName">
          <Input placeholder="Ví dụ: Thành phố Hải Phòng" maxLength={FIELD_LIMITS.name} />
        </Form.Item>
      </Col>
      <Col xs={24} lg={12}>
        <Form.Item
          label="Địa danh ghi ở dòng ngày tháng"
          name="placeName"
          extra="Ví dụ: “Cẩm Giang, ngày 06 tháng 10 năm 2025”. Để trống thì lấy theo tên đơn vị."
        >
          <Input placeholder="Ví dụ: Cẩm Giang" maxLength={FIELD_LIMITS.personName} />
        </Form.Item>
      </Col>
      <Col xs={24} lg={12}>
        <Form.Item label="Địa chỉ" name="address">
          <Input placeholder="Địa chỉ trụ sở UBND" maxLength={FIELD_LIMITS.line} />
        </Form.Item>
      </Col>
      <Col xs={24} lg={12}>
        <Form.Item
          label="Quy định báo cáo của tỉnh"
          name="profileId"
          rules={[{ required: true, message: "Hãy chọn quy định báo cáo của tỉnh." }]}
          extra={selected ? `Nơi nhận báo cáo: ${selected.recipient}` : "Quyết định ngày chốt số liệu và hạn gửi của từng kỳ báo cáo."}
        >
          <Select
            placeholder="Chọn quy định báo cáo"
            options={profiles.map((p) => ({ value: p.id, label: p.name, description: p.description }))}
            optionRender={(option) => (
              <div style={{ whiteSpace: "normal", padding: "2px 0" }}>
                <div>{option.data.label}</div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {option.data.description}
                </Typography.Text>
              </div>
            )}
          />
        </Form.Item>
      </Col>
    </Row>
  );
}
