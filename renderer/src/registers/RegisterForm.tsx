import { Col, Form, Row, type FormInstance, type FormRule } from "antd";
import type { FieldDescriptor, RegisterDescriptor, RegisterRow } from "../../../core/records/registers/descriptor";
import type { FormExtras } from "./extras";
import { FieldInput } from "./FieldInput";
import { isLong } from "./FieldValue";
import { numberFieldProblem, YEAR_RULE } from "./NumberInput";
import { toFormValues, type FormValues } from "./formValues";
import { suggestions } from "./suggestions";

/**
 * How much of the form's width (of 24) a field takes: a quarter for dates, numbers and short choices, a whole line
 * for long texts; at least half when a line of help goes under it.
 */
const spanOf = (f: FieldDescriptor): number => (f.help ? Math.max(12, typeSpan(f)) : typeSpan(f));

function typeSpan(f: FieldDescriptor): number {
  switch (f.type) {
    case "longtext":
      return 24;
    case "text":
      return f.max > 200 ? 24 : 12;
    case "enum":
      return isLong(f.options) ? 24 : 6;
    case "department":
    case "staff":
      return 12;
    default:
      return 6;
  }
}

/**
 * What the form checks as the clerk types; the rest (dates in order, parts within wholes) is checked on Lưu.
 * `whitespace` only on text: any key besides `required` makes the check expect a string.
 */
function rulesOf(f: FieldDescriptor): FormRule[] {
  const rules: FormRule[] = [];
  if (f.type === "int" || f.type === "number" || f.type === "year") {
    const rule = f.type === "year" ? YEAR_RULE : { integer: f.type === "int", min: f.min, max: f.max };
    rules.push({
      validator: (_, value: unknown) => {
        const problem = numberFieldProblem(f.label, value, rule);
        return problem ? Promise.reject(new Error(problem)) : Promise.resolve();
      },
    });
  }
  if (!f.required) return rules;
  const message = `${f.label} không được để trống.`;
  return [...rules, f.type === "text" || f.type === "longtext" ? { required: true, whitespace: true, message } : { required: true, message }];
}

interface Props {
  descriptor: RegisterDescriptor;
  form: FormInstance<FormValues>;
  row: RegisterRow | null;
  /** The values already in the register, by field, offered in the text fields that offer values. */
  used: Record<string, readonly unknown[]>;
  extras: FormExtras;
  onFinish: (values: FormValues) => void;
}

/** The add / edit form of a register, one input per field of its descriptor. */
export function RegisterForm({ descriptor: d, form, row, used, extras, onFinish }: Props) {
  const offered = (f: FieldDescriptor) => {
    const more = extras.suggestions?.[f.key];
    if (f.type !== "text" || (!f.suggest && !more)) return null;
    return suggestions(
      f.suggest ?? [],
      more ?? [],
      (used[f.key] ?? []).map((v) => (typeof v === "string" ? v : null)),
    );
  };
  return (
    <Form<FormValues> form={form} name={d.key} clearOnDestroy layout="vertical" initialValues={toFormValues(d, row)} onFinish={onFinish} style={{ marginBottom: -8 }}>
      <Row gutter={12}>
        {d.fields.map((f) => (
          <Col span={spanOf(f)} key={f.key}>
            <Form.Item name={f.key} label={f.label} extra={f.help} rules={rulesOf(f)}>
              <FieldInput field={f} suggestions={offered(f)} />
            </Form.Item>
          </Col>
        ))}
      </Row>
      {extras.addon}
    </Form>
  );
}
