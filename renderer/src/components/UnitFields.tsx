import { useState } from "react";
import { Col, Form, Input, Row, Select } from "antd";
import { FIELD_LIMITS } from "../../../core/field-limits";
import { UNIT_KIND_OPTIONS } from "../labels";
import { ProfileSelect, type Profile } from "../province/ProfileSelect";

/** The profiles offered: those loaded, each replaced or joined by one the clerk stated or opened here. */
function withAdded(profiles: Profile[], added: Profile[]): Profile[] {
  const ids = new Set(added.map((p) => p.id));
  return [...profiles.filter((p) => !ids.has(p.id)), ...added];
}

export function UnitFields({ profiles: loaded }: { profiles: Profile[] }) {
  const [added, setAdded] = useState<Profile[]>([]);
  const profiles = withAdded(loaded, added);
  const profileId = Form.useWatch<string | undefined>("profileId");
  const selected = profiles.find((p) => p.id === profileId);

  return (
    <Row gutter={24}>
      <Col xs={24} lg={12}>
        <Form.Item label="Tên đơn vị" name="name" rules={[{ required: true, whitespace: true, message: "Hãy nhập tên đơn vị." }]}>
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
        <Form.Item label="Địa danh ghi ở dòng ngày tháng" name="placeName" extra="Ví dụ: “Cẩm Giang, ngày 06 tháng 10 năm 2025”. Để trống thì lấy theo tên đơn vị.">
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
          extra={selected ? `Nơi nhận báo cáo: ${selected.recipient}` : "Quyết định ngày chốt số liệu và hạn gửi của từng kỳ báo cáo. Tỉnh chưa có trong danh sách: chọn “Tỉnh khác…”."}
        >
          <ProfileSelect profiles={profiles} onAdded={(p) => setAdded((list) => withAdded(list, [p]))} />
        </Form.Item>
      </Col>
    </Row>
  );
}
