import { Col, Form, Input, Row, Select, type FormInstance } from "antd";
import { FIELD_LIMITS } from "../../../../core/field-limits";
import { call } from "../../api";
import { FormModal } from "../../registers/FormModal";
import { SuggestInput } from "../../registers/SuggestInput";
import { ANSWER_OPTIONS, YES_NO_OPTIONS } from "../../registers/flags";
import { FLAG_FIELDS, toProcedureInput, toProcedureValues, type ProcedureValues } from "./procedureForm";
import type { Procedure } from "./types";
import type { Editor } from "../../registers/useEditor";

interface Props {
  editor: Editor<Procedure>;
  /** The fields already in the catalogue, offered while typing. */
  fields: readonly string[];
  onSaved: (saved: Procedure) => void;
}

interface FormProps {
  form: FormInstance<ProcedureValues>;
  row: Procedure | null;
  fields: readonly string[];
  onFinish: (values: ProcedureValues) => void;
}

function ProcedureForm({ form, row, fields, onFinish }: FormProps) {
  return (
    <Form<ProcedureValues> form={form} name="procedure" clearOnDestroy layout="vertical" initialValues={toProcedureValues(row)} onFinish={onFinish} style={{ marginBottom: -16 }}>
      <Row gutter={16}>
        <Col span={10}>
          <Form.Item name="code" label="Mã thủ tục" rules={[{ required: true, whitespace: true, message: "Hãy nhập mã thủ tục." }]}>
            <Input maxLength={FIELD_LIMITS.code} placeholder="Ví dụ: 1.001193.000.00.00.H23" />
          </Form.Item>
        </Col>
        <Col span={14}>
          <Form.Item name="field" label="Lĩnh vực">
            <SuggestInput options={fields.map((f) => ({ value: f }))} maxLength={FIELD_LIMITS.name} placeholder="Ví dụ: Hộ tịch" popupWidth={380} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="name" label="Tên thủ tục" rules={[{ required: true, whitespace: true, message: "Hãy nhập tên thủ tục." }]}>
        <Input.TextArea maxLength={FIELD_LIMITS.title} autoSize={{ minRows: 2, maxRows: 4 }} />
      </Form.Item>
      <Row gutter={16}>
        {FLAG_FIELDS.map((f) => (
          <Col span={12} key={f.key}>
            <Form.Item name={f.key} label={f.label}>
              <Select options={ANSWER_OPTIONS} />
            </Form.Item>
          </Col>
        ))}
        <Col span={12}>
          <Form.Item name="active" label="Đang áp dụng" extra="Thủ tục ngừng áp dụng không tính vào các tỷ lệ.">
            <Select options={YES_NO_OPTIONS} />
          </Form.Item>
        </Col>
      </Row>
    </Form>
  );
}

/** Adds a procedure to the catalogue or edits one. */
export function ProcedureModal({ editor, fields, onSaved }: Props) {
  const [form] = Form.useForm<ProcedureValues>();
  const row = editor.row;
  const save = (values: ProcedureValues) =>
    editor.submit(async () => {
      onSaved(await call("procedures.save", toProcedureInput(values, row?.id)));
    });

  return (
    <FormModal
      open={editor.open}
      title={row ? `Sửa thủ tục ${row.code}` : "Thêm thủ tục vào danh mục"}
      onSave={() => form.submit()}
      saving={editor.saving}
      error={editor.error}
      width={720}
      onCancel={editor.close}
    >
      <ProcedureForm form={form} row={row} fields={fields} onFinish={(values) => void save(values)} />
    </FormModal>
  );
}
