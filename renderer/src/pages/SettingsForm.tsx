import { useState } from "react";
import { App as AntApp, Card, Form, Input, Space } from "antd";
import { FIELD_LIMITS } from "../../../core/field-limits";
import type { ApiOutput } from "../../../core/api/contract";
import { call, errorMessage } from "../api";
import { DepartmentsTable } from "../components/DepartmentsTable";
import { SectionTitle } from "../components/Headings";
import { SaveBar } from "../components/SaveBar";
import { SignersTable } from "../components/SignersTable";
import { UnitFields } from "../components/UnitFields";
import type { UnitDetails } from "../labels";
import { toFormValues, toSaveInput, type SettingsValues } from "../settingsForm";

const SAVE_MESSAGE = "unit-save";

interface Props {
  unit: UnitDetails | null;
  profiles: ApiOutput<"profiles.list">;
  onSaved: (unit: UnitDetails) => void;
}

export function SettingsForm({ unit, profiles, onSaved }: Props) {
  const [form] = Form.useForm<SettingsValues>();
  const [saving, setSaving] = useState(false);
  const [isFirstSave, setIsFirstSave] = useState(unit === null);
  const { message } = AntApp.useApp();

  const save = async () => {
    setSaving(true);
    try {
      const saved = await call("unit.save", toSaveInput(form.getFieldsValue(true), isFirstSave));
      form.setFieldsValue(toFormValues(saved, profiles));
      setIsFirstSave(false);
      onSaved(saved);
      void message.success({ key: SAVE_MESSAGE, content: "Đã lưu thông tin đơn vị." });
    } catch (e) {
      void message.error({ key: SAVE_MESSAGE, content: `Chưa lưu được: ${errorMessage(e)}`, duration: 8 });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form<SettingsValues>
      form={form}
      initialValues={toFormValues(unit, profiles)}
      layout="vertical"
      requiredMark="optional"
      onFinish={save}
      onFinishFailed={() => void message.error({ key: SAVE_MESSAGE, content: "Thông tin chưa đầy đủ: hãy sửa các ô được đánh dấu đỏ." })}
      scrollToFirstError
      style={{ maxWidth: 1100 }}
    >
      <Space orientation="vertical" size={16} style={{ width: "100%" }}>
        <Card title={<SectionTitle>Thông tin đơn vị</SectionTitle>} size="small">
          <UnitFields profiles={profiles} />
        </Card>
        <Card title={<SectionTitle>Người lập báo cáo</SectionTitle>} size="small">
          <Form.Item
            name="preparerName"
            label="Cán bộ phụ trách CCHC (người lập báo cáo)"
            extra="Tên này in ở dòng “Người giao” trên gói và mẫu Excel gửi các phòng ban. Để trống thì ghi tên Phòng Văn hóa - Xã hội."
            style={{ maxWidth: 480, marginBottom: 0 }}
          >
            <Input maxLength={FIELD_LIMITS.personName} placeholder="Ví dụ: Nguyễn Thị Hương" autoComplete="off" />
          </Form.Item>
        </Card>
        <Card title={<SectionTitle>Phòng ban</SectionTitle>} size="small">
          <DepartmentsTable />
        </Card>
        <Card title={<SectionTitle>Người ký văn bản</SectionTitle>} size="small">
          <SignersTable />
        </Card>
      </Space>
      <SaveBar saving={saving} note={isFirstSave ? "Lần lưu đầu tiên sẽ tạo danh sách phòng ban chuẩn." : undefined} />
    </Form>
  );
}
