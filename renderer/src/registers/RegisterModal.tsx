import { Form } from "antd";
import type { RegisterDescriptor, RegisterRow } from "../../../core/records/registers/descriptor";
import { recordSchemaOf } from "../../../core/records/registers/schema";
import { call } from "../api";
import type { FormExtras, RegisterExtras } from "./extras";
import { FormModal } from "./FormModal";
import { toRecord, type FormValues } from "./formValues";
import { RegisterForm } from "./RegisterForm";
import type { Editor } from "./useEditor";
import { withFullStop } from "../../../shared/text";

interface Props {
  descriptor: RegisterDescriptor;
  extras: RegisterExtras | undefined;
  editor: Editor<RegisterRow>;
  used: Record<string, readonly unknown[]>;
  onSaved: (saved: RegisterRow) => void;
}

const noFormExtras = (): FormExtras => ({});

/** The form with what the register adds to it; mounted only while the dialog is open. */
function FormWithExtras(props: Omit<Parameters<typeof RegisterForm>[0], "extras"> & { useFormExtras: (row: RegisterRow | null) => FormExtras }) {
  const { useFormExtras, ...rest } = props;
  return <RegisterForm {...rest} extras={useFormExtras(rest.row)} />;
}

/** Adds a record to a register or edits one. The store's own checks run first here, so their messages sit under the fields. */
export function RegisterModal({ descriptor: d, extras, editor, used, onSaved }: Props) {
  const [form] = Form.useForm<FormValues>();
  const row = editor.row;

  const save = (values: FormValues) => {
    const record = toRecord(d, values, row?.id);
    const checked = recordSchemaOf(d.key).safeParse(record);
    if (!checked.success) {
      const onFields = checked.error.issues.filter((i) => typeof i.path[0] === "string");
      if (onFields.length > 0) {
        form.setFields(onFields.map((i) => ({ name: i.path[0] as string, errors: [withFullStop(i.message)] })));
        return;
      }
    }
    void editor.submit(async () => onSaved(await call("registers.save", { register: d.key, record })));
  };

  return (
    <FormModal
      open={editor.open}
      title={row ? `Sửa ${d.noun} ${d.name(row)}` : `Thêm ${d.noun}`}
      onSave={() => form.submit()}
      saving={editor.saving}
      error={editor.error}
      width={820}
      onCancel={editor.close}
    >
      <FormWithExtras descriptor={d} form={form} row={row} used={used} useFormExtras={extras?.useFormExtras ?? noFormExtras} onFinish={save} />
    </FormModal>
  );
}
