import { Form, type FormInstance } from "antd";
import { call } from "../../api";
import { formatWindow } from "../../format";
import { useApi } from "../../useApi";
import { FormModal } from "../catalogue/FormModal";
import type { Editor } from "../catalogue/useEditor";
import { fieldLabel } from "./satisfactionColumns";
import { SatisfactionForm } from "./SatisfactionForm";
import { toSatisfactionInput, type SatisfactionValues } from "./satisfactionValues";
import type { SatisfactionRound } from "./types";

interface FormProps {
  form: FormInstance<SatisfactionValues>;
  row: SatisfactionRound | null;
  roundFields: readonly (string | null)[];
  onFinish: (values: SatisfactionValues) => void;
}

/** The form, offering the catalogue's fields as they are when the form opens. */
function SatisfactionFormWithFields({ form, row, roundFields, onFinish }: FormProps) {
  const procedures = useApi("procedures.list", {});
  const catalogueFields = procedures.status === "ready" ? procedures.value.map((p) => p.field) : [];
  return <SatisfactionForm form={form} row={row} fields={[...catalogueFields, ...roundFields]} onFinish={onFinish} />;
}

interface Props {
  editor: Editor<SatisfactionRound>;
  roundFields: readonly (string | null)[];
  onSaved: (saved: SatisfactionRound) => void;
}

/** Adds one round's result for one field, or edits one. */
export function SatisfactionModal({ editor, roundFields, onSaved }: Props) {
  const [form] = Form.useForm<SatisfactionValues>();
  const row = editor.row;
  const save = (values: SatisfactionValues) =>
    editor.submit(async () => {
      onSaved(await call("satisfaction.save", toSatisfactionInput(values, row?.id)));
    });

  return (
    <FormModal
      open={editor.open}
      title={
        row
          ? `Sửa kết quả đo lường: ${fieldLabel(row.field)}, ${formatWindow(row.periodFrom, row.periodTo)}`
          : "Thêm kết quả đo lường mức độ hài lòng"
      }
      onSave={() => form.submit()}
      saving={editor.saving}
      error={editor.error}
      width={820}
      onCancel={editor.close}
    >
      <SatisfactionFormWithFields form={form} row={row} roundFields={roundFields} onFinish={(values) => void save(values)} />
    </FormModal>
  );
}
