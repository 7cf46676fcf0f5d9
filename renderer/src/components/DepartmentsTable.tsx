import { Form, Input, Table, Typography } from "antd";
import { FIELD_LIMITS } from "../../../core/field-limits";
import { EmptyNote } from "./EmptyNote";

function Code({ value }: { value?: string }) {
  return <Typography.Text strong>{value}</Typography.Text>;
}

export function DepartmentsTable() {
  const form = Form.useFormInstance();
  const codeOf = (index: number) => String(form.getFieldValue(["departments", index, "code"]) ?? "");

  return (
    <Form.List name="departments">
      {(fields) => (
        <Table
          rowKey="key"
          size="small"
          pagination={false}
          dataSource={fields}
          locale={{ emptyText: <EmptyNote>Danh sách phòng ban chuẩn sẽ được tạo khi lưu đơn vị lần đầu.</EmptyNote> }}
          columns={[
            {
              key: "code",
              title: "Mã",
              width: 100,
              render: (_, field) => (
                <Form.Item name={[field.name, "code"]} noStyle>
                  <Code />
                </Form.Item>
              ),
            },
            {
              key: "name",
              title: "Tên phòng ban",
              render: (_, field) => {
                const code = codeOf(field.name);
                return (
                  <Form.Item name={[field.name, "name"]} style={{ margin: 0 }} rules={[{ required: true, whitespace: true, message: "Hãy nhập tên phòng ban." }]}>
                    <Input aria-label={`Tên phòng ban ${code}`} maxLength={FIELD_LIMITS.name} />
                  </Form.Item>
                );
              },
            },
            {
              key: "headName",
              title: "Họ tên người đứng đầu",
              width: "24%",
              render: (_, field) => {
                const code = codeOf(field.name);
                return (
                  <Form.Item name={[field.name, "headName"]} style={{ margin: 0 }}>
                    <Input aria-label={`Họ tên người đứng đầu ${code}`} maxLength={FIELD_LIMITS.personName} />
                  </Form.Item>
                );
              },
            },
            {
              key: "headTitle",
              title: "Chức danh",
              width: "20%",
              render: (_, field) => {
                const code = codeOf(field.name);
                return (
                  <Form.Item name={[field.name, "headTitle"]} style={{ margin: 0 }}>
                    <Input aria-label={`Chức danh người đứng đầu ${code}`} placeholder="Ví dụ: Trưởng phòng" maxLength={FIELD_LIMITS.name} />
                  </Form.Item>
                );
              },
            },
          ]}
        />
      )}
    </Form.List>
  );
}
