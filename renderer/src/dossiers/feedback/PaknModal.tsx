import { Form, type FormInstance } from "antd";
import { call } from "../../api";
import { useApi } from "../../useApi";
import { FormModal } from "../catalogue/FormModal";
import type { Editor } from "../catalogue/useEditor";
import { PaknForm } from "./PaknForm";
import { toPaknInput, type PaknValues } from "./paknValues";
import type { PaknRecord } from "./types";

interface FormProps {
  form: FormInstance<PaknValues>;
  row: PaknRecord | null;
  channels: readonly (string | null)[];
  onFinish: (values: PaknValues) => void;
}

/** The form, with the catalogue as it is when the form opens. */
function PaknFormWithCatalogue({ form, row, channels, onFinish }: FormProps) {
  const procedures = useApi("procedures.list", {});
  return (
    <PaknForm
      form={form}
      row={row}
      procedures={procedures.status === "ready" ? procedures.value : []}
      channels={channels}
      onFinish={onFinish}
    />
  );
}

interface Props {
  editor: Editor<PaknRecord>;
  channels: readonly (string | null)[];
  onSaved: (saved: PaknRecord) => void;
}

/** Adds a phản ánh, kiến nghị or edits one. */
export function PaknModal({ editor, channels, onSaved }: Props) {
  const [form] = Form.useForm<PaknValues>();
  const row = editor.row;
  const save = (values: PaknValues) =>
    editor.submit(async () => {
      onSaved(await call("pakn.save", toPaknInput(values, row?.id)));
    });

  return (
    <FormModal
      open={editor.open}
      title={row ? `Sửa phản ánh, kiến nghị${row.code ? ` ${row.code}` : ""}` : "Thêm phản ánh, kiến nghị"}
      onSave={() => form.submit()}
      saving={editor.saving}
      error={editor.error}
      width={820}
      onCancel={editor.close}
    >
      <PaknFormWithCatalogue form={form} row={row} channels={channels} onFinish={(values) => void save(values)} />
    </FormModal>
  );
}
