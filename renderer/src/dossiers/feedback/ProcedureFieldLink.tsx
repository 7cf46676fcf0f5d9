import { useEffect } from "react";
import { Form } from "antd";
import { fold } from "../../registers/fold";
import type { Procedure } from "../catalogue/types";

/** Inside the PAKN form: a procedure of the catalogue, picked or typed in full, brings its field along. */
export function ProcedureFieldLink({ procedures }: { procedures: readonly Procedure[] }) {
  const form = Form.useFormInstance();
  const name = Form.useWatch<string | undefined>("procedureName", form);
  useEffect(() => {
    // Only what the clerk changes: the record being edited keeps its own field.
    if (!name || !form.isFieldTouched("procedureName")) return;
    const field = procedures.find((p) => fold(p.name) === fold(name))?.field;
    if (field) form.setFieldValue("field", field);
  }, [name, procedures, form]);
  return null;
}
