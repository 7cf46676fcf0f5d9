import { Input, Select } from "antd";
import type { FieldDescriptor } from "../../../core/records/registers/descriptor";
import { DateInput } from "./DateInput";
import { ANSWER_OPTIONS, YES_NO_OPTIONS } from "./flags";
import { NumberInput } from "./NumberInput";
import { DepartmentSelect, StaffSelect } from "./ReferenceSelect";
import { SuggestInput } from "./SuggestInput";

interface Props {
  field: FieldDescriptor;
  /** Values to offer while typing, for a text field that offers some. */
  suggestions: { value: string }[] | null;
  /** Passed by Form.Item. */
  id?: string;
  value?: unknown;
  onChange?: (value: unknown) => void;
}

/** The input of one field, by its type (Form.Item passes id, value and onChange through). */
export function FieldInput({ field: f, suggestions, ...item }: Props) {
  const pick = { ...item, value: item.value as never, allowClear: !f.required, placeholder: f.required ? undefined : "Chưa chọn" };
  switch (f.type) {
    case "text":
      return suggestions ? (
        <SuggestInput {...item} value={item.value as string | undefined} options={suggestions} maxLength={f.max} placeholder={f.placeholder} popupWidth={380} />
      ) : (
        <Input id={item.id} value={item.value as string | undefined} onChange={(e) => item.onChange?.(e.target.value)} maxLength={f.max} placeholder={f.placeholder} />
      );
    case "longtext":
      return <Input.TextArea id={item.id} value={item.value as string | undefined} onChange={(e) => item.onChange?.(e.target.value)} maxLength={f.max} autoSize={{ minRows: 2, maxRows: 5 }} />;
    case "date":
      return <DateInput {...item} value={item.value as never} />;
    case "int":
    case "number":
      return <NumberInput id={item.id} value={item.value as number | string | null | undefined} onChange={item.onChange} suffix={f.unit} />;
    case "year":
      return <NumberInput id={item.id} value={item.value as number | string | null | undefined} onChange={item.onChange} plain />;
    case "bool":
      return <Select {...item} value={item.value as never} options={f.required ? YES_NO_OPTIONS : ANSWER_OPTIONS} />;
    case "enum":
      return <Select {...pick} options={f.options.map((o) => ({ value: o.value, label: o.label }))} />;
    case "department":
      return <DepartmentSelect {...pick} />;
    case "staff":
      return <StaffSelect {...pick} />;
  }
}
