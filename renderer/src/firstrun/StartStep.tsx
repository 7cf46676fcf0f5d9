import { Button, Col, Descriptions, Row, Typography } from "antd";
import type { ApiOutput } from "../../../core/api/contract";
import { SIGNER_POSITION_OPTIONS, SIGN_MODE_OPTIONS, UNIT_KIND_LABELS, type Signer } from "../labels";
import type { SetupValues } from "./wizardValues";
import { START_CHOICES, type StartChoice } from "./startChoices";

interface Props {
  values: SetupValues;
  profiles: ApiOutput<"profiles.list">;
  /** The choice being carried out, if any: its button spins and the others wait. */
  busy: StartChoice | null;
  onChoose: (choice: StartChoice) => void;
}

const labelOf = <T extends string>(options: { value: T; label: string }[], value: T) => options.find((o) => o.value === value)?.label ?? value;

const signerLine = (s: Signer) => `${s.name} (${labelOf(SIGNER_POSITION_OPTIONS, s.position)}, ${labelOf(SIGN_MODE_OPTIONS, s.signMode)}${s.isDefault ? ", mặc định" : ""})`;

function Summary({ values, profiles }: Pick<Props, "values" | "profiles">) {
  const headed = values.departments.filter((d) => d.headName.trim() !== "").length;
  const orNone = (text: string) => text.trim() || "Chưa nhập";
  return (
    <Descriptions
      size="small"
      bordered
      column={2}
      styles={{ label: { width: 170 } }}
      items={[
        { key: "name", label: "Tên đơn vị", children: values.name },
        { key: "kind", label: "Loại đơn vị", children: UNIT_KIND_LABELS[values.kind] },
        { key: "province", label: "Tỉnh/thành phố", children: orNone(values.provinceName) },
        { key: "profile", label: "Quy định báo cáo", children: profiles.find((p) => p.id === values.profileId)?.name ?? values.profileId },
        { key: "person", label: "Người làm việc", children: values.personName.trim() },
        { key: "departments", label: "Phòng ban", children: `${values.departments.length} phòng ban, ${headed} đã ghi người đứng đầu` },
        {
          key: "signers",
          label: "Người ký",
          children: values.signers.length ? values.signers.map((s) => <div key={`${s.position}-${s.name}`}>{signerLine(s)}</div>) : "Chưa có – thêm sau trong Cài đặt",
        },
      ]}
    />
  );
}

export function StartStep({ values, profiles, busy, onChoose }: Props) {
  return (
    <>
      <Summary values={values} profiles={profiles} />
      <Typography.Title level={3} style={{ fontSize: 16, margin: "20px 0 12px" }}>
        Chọn cách bắt đầu
      </Typography.Title>
      <Row gutter={[16, 16]} role="list">
        {START_CHOICES.map((choice) => (
          <Col span={8} key={choice.key} role="listitem">
            <div className="first-run-choice">
              <Button
                type={choice.key === "nhap-ho-so" ? "primary" : "default"}
                block
                loading={busy === choice.key}
                disabled={busy !== null && busy !== choice.key}
                aria-describedby={`first-run-choice-${choice.key}`}
                onClick={() => onChoose(choice.key)}
              >
                {choice.label}
              </Button>
              <Typography.Paragraph id={`first-run-choice-${choice.key}`} type="secondary" style={{ margin: "8px 0 0" }}>
                {choice.description}
              </Typography.Paragraph>
            </div>
          </Col>
        ))}
      </Row>
    </>
  );
}
