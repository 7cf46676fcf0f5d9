import { Alert, Button, Select, Table, type TableProps } from "antd";
import { SectionTitle } from "../../components/Headings";
import { CHANNEL_OPTIONS, STATUS_OPTIONS } from "../labels";
import type { ImportPreview } from "../types";
import { stack } from "../layout";
import { allValuesChosen, SKIP, type ValueChoices } from "./wizardState";
import { StepActions } from "./StepActions";

interface Props {
  preview: ImportPreview;
  values: ValueChoices;
  onChange: (values: ValueChoices) => void;
  onBack: () => void;
  onNext: () => void;
}

type Kind = keyof ValueChoices;

const KIND_TITLES: Record<Kind, string> = { status: "Trạng thái", channel: "Hình thức nộp" };
const PLACEHOLDERS: Record<Kind, string> = { status: "Chọn trạng thái", channel: "Chọn hình thức nộp" };
const SKIP_OPTION = { value: SKIP, label: "Bỏ qua những dòng này" };
const OPTIONS: Record<Kind, { value: string; label: string }[]> = {
  status: [...STATUS_OPTIONS, SKIP_OPTION],
  channel: [...CHANNEL_OPTIONS, SKIP_OPTION],
};

function ValueTable({ kind, preview, values, onChange }: { kind: Kind } & Pick<Props, "preview" | "values" | "onChange">) {
  const lines = preview.unknownValues[kind];
  if (lines.length === 0) return null;
  const columns: TableProps<string>["columns"] = [
    { key: "value", title: "Giá trị trong tệp", render: (_, value) => `“${value}”` },
    {
      key: "kind",
      title: "Nghĩa là",
      width: 300,
      render: (_, value) => (
        <Select<string>
          aria-label={`${KIND_TITLES[kind]} “${value}” nghĩa là`}
          placeholder={PLACEHOLDERS[kind]}
          value={values[kind][value]}
          options={OPTIONS[kind]}
          onChange={(choice) => onChange({ ...values, [kind]: { ...values[kind], [value]: choice } } as ValueChoices)}
          style={{ width: "100%" }}
        />
      ),
    },
  ];
  return (
    <section style={{ ...stack(8), maxWidth: 760 }}>
      <SectionTitle>{KIND_TITLES[kind]}</SectionTitle>
      <Table<string> rowKey={(value) => value} size="small" columns={columns} dataSource={lines} pagination={false} />
    </section>
  );
}

/** Step 3: statuses and channels the app did not recognise; the user says once what each means, or leaves its rows out. */
export function ValuesStep({ preview, values, onChange, onBack, onNext }: Props) {
  const done = allValuesChosen(preview, values);
  return (
    <div style={stack(16)}>
      <Alert
        type="warning"
        showIcon
        title="Trong tệp có giá trị ứng dụng chưa nhận ra"
        description="Hãy chọn nghĩa của từng giá trị, hoặc “Bỏ qua những dòng này” để không nhập các dòng có giá trị đó (chúng được liệt kê sau khi nhập). Nghĩa đã chọn được ghi nhớ cho các lần nhập sau; lựa chọn bỏ qua thì không."
      />
      <ValueTable kind="status" preview={preview} values={values} onChange={onChange} />
      <ValueTable kind="channel" preview={preview} values={values} onChange={onChange} />
      <StepActions>
        <Button onClick={onBack}>Quay lại</Button>
        <Button type="primary" onClick={onNext} disabled={!done}>
          Tiếp tục
        </Button>
        {!done && <span>Hãy chọn nghĩa hoặc bỏ qua cho tất cả các giá trị để tiếp tục.</span>}
      </StepActions>
    </div>
  );
}
