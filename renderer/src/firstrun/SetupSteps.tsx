import { useEffect, useRef, useState, type ReactNode } from "react";
import { Alert, App as AntApp, Button, Card, Form, Steps, Typography } from "antd";
import type { ApiOutput } from "../../../core/api/contract";
import { errorMessage } from "../api";
import { DepartmentsTable } from "../components/DepartmentsTable";
import { SignersTable } from "../components/SignersTable";
import { UnitFields } from "../components/UnitFields";
import { UNIT_KIND_LABELS, type UnitDetails, type UnitKind } from "../labels";
import { PersonNameField } from "../people/PersonNameField";
import { toFormValues } from "../settingsForm";
import { StartStep } from "./StartStep";
import { startWith, type StartChoice } from "./startChoices";
import { departmentsForKind, namedSigners, signerRowsToFill, type SetupValues } from "./wizardValues";

type Profiles = ApiOutput<"profiles.list">;

interface StepInfo {
  title: string;
  heading: string;
  intro: (values: SetupValues) => ReactNode;
}

const STEPS: readonly StepInfo[] = [
  {
    title: "Đơn vị",
    heading: "Thông tin đơn vị và người làm việc",
    intro: () => "Quy định báo cáo của tỉnh cho biết ngày chốt số liệu và hạn gửi của từng kỳ báo cáo; địa danh và địa chỉ được ghi vào văn bản; họ tên của bạn được ghi vào những gì bạn làm.",
  },
  {
    title: "Phòng ban",
    heading: "Phòng ban và người đứng đầu",
    intro: (v) => `Năm phòng ban chuẩn của ${UNIT_KIND_LABELS[v.kind].toLowerCase()}. Sửa tên nếu đơn vị gọi khác; họ tên và chức danh người đứng đầu có thể bổ sung sau.`,
  },
  {
    title: "Người ký",
    heading: "Người ký văn bản",
    intro: () => "Chủ tịch ký TM. (thay mặt), Phó Chủ tịch ký KT. (ký thay); người mặc định được ghi sẵn vào báo cáo. Dòng để trống họ tên sẽ không được lưu.",
  },
  {
    title: "Bắt đầu",
    heading: "Kiểm tra lại và bắt đầu",
    intro: () => "Thông tin dưới đây được lưu khi chọn một cách bắt đầu; muốn sửa, bấm “Quay lại”. Mọi thứ đều sửa được sau trong Cài đặt.",
  },
];

const LAST = STEPS.length - 1;

const isValidationFailure = (e: unknown): e is { errorFields: { name: (string | number)[]; errors: string[] }[] } =>
  typeof e === "object" && e !== null && Array.isArray((e as { errorFields?: unknown }).errorFields);

interface Props {
  profiles: Profiles;
  /** The name the person field starts with: this window's person, else the app's start-up name, else empty. */
  personName: string;
  onStarted: (unit: UnitDetails) => void;
}

/** The set-up form, one step at a time; every step's values stay in the one form, so Back and Next keep what was typed. */
export function SetupSteps({ profiles, personName, onStarted }: Props) {
  const [form] = Form.useForm<SetupValues>();
  const [step, setStep] = useState(0);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState<StartChoice | null>(null);
  // The kind the department names were made for, so a change of kind on step 1 renames only the standard ones.
  const [departmentsKind, setDepartmentsKind] = useState<UnitKind | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstStepShown = useRef(true);
  const { message } = AntApp.useApp();

  useEffect(() => {
    // The first field on arrival; afterwards the new step's heading, which tells screen-reader users where they are.
    if (firstStepShown.current) {
      firstStepShown.current = false;
      form.focusField("personName");
    } else {
      headingRef.current?.focus();
    }
  }, [step, form]);

  const values = (): SetupValues => form.getFieldsValue(true) as SetupValues;

  const goTo = (next: number) => {
    setProblem(null);
    setStep(next);
  };

  const next = async () => {
    if (step >= LAST) return;
    if (step === 2) form.setFieldValue("signers", namedSigners(values().signers));
    try {
      await form.validateFields();
    } catch (e) {
      if (!isValidationFailure(e)) throw e;
      setProblem(`Chưa thể tiếp tục: ${e.errorFields.flatMap((f) => f.errors).join(" ")}`);
      const first = e.errorFields[0];
      if (first) form.focusField(first.name);
      return;
    }
    if (step === 0) {
      const { kind, departments } = values();
      form.setFieldValue("departments", departmentsForKind(departments, departmentsKind, kind));
      setDepartmentsKind(kind);
    }
    goTo(step + 1);
  };

  const start = async (choice: StartChoice) => {
    setBusy(choice);
    setProblem(null);
    try {
      const started = await startWith(choice, values());
      window.location.hash = started.href;
      void message.success(started.done);
      onStarted(started.unit);
    } catch (e) {
      setProblem(`Chưa bắt đầu được: ${errorMessage(e)}`);
      setBusy(null);
    }
  };

  const current = STEPS[step]!;

  return (
    <>
      <Steps
        size="small"
        current={step}
        onChange={(target) => target < step && busy === null && goTo(target)}
        items={STEPS.map((s, i) => ({ title: s.title, disabled: i > step }))}
        style={{ marginBottom: 16 }}
      />
      <Card>
        <Typography.Title
          level={2}
          ref={headingRef}
          tabIndex={-1}
          className="first-run-step-title"
          style={{ fontSize: 18, margin: 0 }}
          onKeyDown={(e) => {
            if (e.key === "Enter" && step < LAST) form.submit();
          }}
        >
          {`Bước ${step + 1}/${STEPS.length}: ${current.heading}`}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ margin: "4px 0 16px" }}>
          {current.intro(values())}
        </Typography.Paragraph>
        <Form<SetupValues>
          form={form}
          initialValues={{ ...toFormValues(null, profiles), signers: signerRowsToFill(), personName }}
          layout="vertical"
          requiredMark="optional"
          // A failed submit goes through next() as well: it drops the empty signer rows before checking again.
          onFinish={() => void next()}
          onFinishFailed={() => void next()}
          onValuesChange={() => setProblem(null)}
        >
          {step === 0 && (
            <>
              <PersonNameField />
              <UnitFields profiles={profiles} />
            </>
          )}
          {step === 1 && <DepartmentsTable />}
          {step === 2 && <SignersTable />}
          {step === 3 && <StartStep values={values()} profiles={profiles} busy={busy} onChoose={(choice) => void start(choice)} />}
          {problem && <Alert type="error" showIcon title={problem} style={{ marginTop: 16 }} />}
          <div className={step < LAST ? "first-run-footer first-run-footer-sticky" : "first-run-footer"}>
            {step > 0 && (
              <Button onClick={() => goTo(step - 1)} disabled={busy !== null}>
                Quay lại
              </Button>
            )}
            {step < LAST && (
              <Button type="primary" htmlType="submit">
                Tiếp tục
              </Button>
            )}
            {step < LAST && <Typography.Text type="secondary">Phím Enter: Tiếp tục</Typography.Text>}
          </div>
        </Form>
      </Card>
    </>
  );
}
