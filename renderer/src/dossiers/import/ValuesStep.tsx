import { Alert, Button, Select, Table, type TableProps } from "antd";
import { SectionTitle } from "../../components/Headings";
import { CHANNEL_OPTIONS, STATUS_OPTIONS } from "../labels";
import type { DossierChannel, DossierStatus, ImportPreview, ValueMappings } from "../types";
import { stack } from "../layout";
import { allValuesChosen } from "./wizardState";
import { StepActions } from "./StepActions";

interface Props {
  preview: ImportPreview;
  values: ValueMappings;
  onChange: (values: ValueMappings) => void;
  onBack: () => void;
  onNext: () => void;
}

type Kind = keyof ValueMappings;
interface Line {
  kind: Kind;
  value: string;
}

const KIND_TITLES: Record<Kind, string> = { status: "Trạng thái", channel: "Hình thức nộp" };

function ValueTable({ kind, preview, values, onChange }: { kind: Kind } & Pick<Props, "preview" | "values" | "onChange">) {
  const lines: Line[] = preview.unknownValues[kind].map((value) => ({ kind, value }));
  if (lines.length === 0) return null;
  const columns: TableProps<Line>["columns"] = [
    { key: "value", title: "Giá trị trong tệp", render: (_, l) => `“${l.value}”` },
    {
      key: "kind",
      title: "Nghĩa là",
      width: 300,
      render: (_, l) =>
        kind === "status" ? (
          <Select<DossierStatus>
            aria-label={`${KIND_TITLES.status} “${l.value}” nghĩa là`}
            placeholder="Chọn trạng thái"
            value={values.status[l.value]}
            options={STATUS_OPTIONS}
            onChange={(v) => onChange({ ...values, status: { ...values.status, [l.value]: v } })}
            style={{ width: "100%" }}
          />
        ) : (
          <Select<DossierChannel>
            aria-label={`${KIND_TITLES.channel} “${l.value}” nghĩa là`}
            placeholder="Chọn hình thức nộp"
            value={values.channel[l.value]}
            options={CHANNEL_OPTIONS}
            onChange={(v) => onChange({ ...values, channel: { ...values.channel, [l.value]: v } })}
            style={{ width: "100%" }}
          />
        ),
    },
  ];
  return (
    <section style={{ ...stack(8), maxWidth: 760 }}>
      <SectionTitle>{KIND_TITLES[kind]}</SectionTitle>
      <Table<Line> rowKey="value" size="small" columns={columns} dataSource={lines} pagination={false} />
    </section>
  );
}

/** Step 3: statuses and channels the app did not recognise; the user says once what each means. */
export function ValuesStep({ preview, values, onChange, onBack, onNext }: Props) {
  const done = allValuesChosen(preview, values);
  return (
    <div style={stack(16)}>
      <Alert
        type="warning"
        showIcon
        title="Trong tệp có giá trị ứng dụng chưa nhận ra"
        description="Hãy chọn nghĩa của từng giá trị. Lựa chọn được ghi nhớ cho các lần nhập sau."
      />
      <ValueTable kind="status" preview={preview} values={values} onChange={onChange} />
      <ValueTable kind="channel" preview={preview} values={values} onChange={onChange} />
      <StepActions>
        <Button onClick={onBack}>Quay lại</Button>
        <Button type="primary" onClick={onNext} disabled={!done}>
          Tiếp tục
        </Button>
        {!done && <span>Hãy chọn nghĩa cho tất cả các giá trị để tiếp tục.</span>}
      </StepActions>
    </div>
  );
}
