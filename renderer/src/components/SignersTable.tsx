import { Button, Form, Input, Radio, Select, Table } from "antd";
import { FIELD_LIMITS } from "../../../core/field-limits";
import { SIGNER_POSITION_OPTIONS, SIGN_MODE_OPTIONS, type Signer } from "../labels";
import { EmptyNote } from "./EmptyNote";

const modeFor = (position: Signer["position"]): Signer["signMode"] => (position === "chu_tich" ? "TM" : "KT");

export function SignersTable() {
  const form = Form.useFormInstance();
  const signers = (): Signer[] => (form.getFieldValue("signers") as Signer[] | undefined) ?? [];
  const watched = Form.useWatch<Signer[] | undefined>("signers", form);
  const rowName = (index: number) => watched?.[index]?.name.trim() || `thứ ${index + 1}`;

  const makeDefault = (index: number) => {
    form.setFieldValue(
      "signers",
      signers().map((s, i) => ({ ...s, isDefault: i === index })),
    );
  };

  const keepOneDefault = () => {
    const list = signers();
    if (list.length > 0 && !list.some((s) => s.isDefault)) makeDefault(0);
  };

  return (
    <Form.List name="signers">
      {(fields, { add, remove }) => (
        <>
          <Table
            rowKey="key"
            size="small"
            pagination={false}
            dataSource={fields}
            locale={{ emptyText: <EmptyNote>Chưa có người ký. Bấm “Thêm người ký” để thêm.</EmptyNote> }}
            columns={[
              {
                key: "name",
                title: "Họ và tên",
                render: (_, field) => (
                  <Form.Item name={[field.name, "name"]} style={{ margin: 0 }} rules={[{ required: true, whitespace: true, message: "Hãy nhập họ tên người ký." }]}>
                    <Input aria-label={`Họ tên người ký thứ ${field.name + 1}`} maxLength={FIELD_LIMITS.personName} />
                  </Form.Item>
                ),
              },
              {
                key: "position",
                title: "Chức vụ",
                width: 180,
                render: (_, field) => (
                  <Form.Item name={[field.name, "position"]} style={{ margin: 0 }}>
                    <Select
                      aria-label={`Chức vụ của người ký ${rowName(field.name)}`}
                      options={SIGNER_POSITION_OPTIONS}
                      onChange={(position: Signer["position"]) => form.setFieldValue(["signers", field.name, "signMode"], modeFor(position))}
                    />
                  </Form.Item>
                ),
              },
              {
                key: "signMode",
                title: "Hình thức ký",
                width: 180,
                render: (_, field) => (
                  <Form.Item name={[field.name, "signMode"]} style={{ margin: 0 }}>
                    <Select aria-label={`Hình thức ký của người ký ${rowName(field.name)}`} options={SIGN_MODE_OPTIONS} />
                  </Form.Item>
                ),
              },
              {
                key: "isDefault",
                title: "Mặc định",
                width: 100,
                align: "center",
                render: (_, field) => (
                  <Form.Item name={[field.name, "isDefault"]} valuePropName="checked" noStyle>
                    <Radio aria-label={`Người ký mặc định: ${rowName(field.name)}`} onChange={() => makeDefault(field.name)} />
                  </Form.Item>
                ),
              },
              {
                key: "actions",
                title: <span className="visually-hidden">Thao tác</span>,
                width: 80,
                render: (_, field) => (
                  <Button
                    type="link"
                    danger
                    aria-label={`Xóa người ký ${rowName(field.name)}`}
                    onClick={() => {
                      remove(field.name);
                      keepOneDefault();
                    }}
                  >
                    Xóa
                  </Button>
                ),
              },
            ]}
          />
          <Button
            style={{ marginTop: 12 }}
            onClick={() => {
              const first = fields.length === 0;
              const position: Signer["position"] = first ? "chu_tich" : "pho_chu_tich";
              add({ name: "", position, signMode: modeFor(position), isDefault: first } satisfies Signer);
            }}
          >
            + Thêm người ký
          </Button>
        </>
      )}
    </Form.List>
  );
}
