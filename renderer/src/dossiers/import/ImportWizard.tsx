import { useRef, useState } from "react";
import { Card, Steps } from "antd";
import { call, errorMessage } from "../../api";
import { ErrorAlert } from "../ErrorAlert";
import { importFormatOf, readFileAsBase64 } from "../files";
import type { DossierField } from "../types";
import { stack } from "../layout";
import { FileStep } from "./FileStep";
import { MappingStep } from "./MappingStep";
import { RunStep } from "./RunStep";
import { ValuesStep } from "./ValuesStep";
import { INITIAL_STATE, STEP, hasUnknownValues, keepValueChoices, mappingInput, mappingOf, valueInput, type WizardState } from "./wizardState";
import { formatMegabytes, UPLOAD_FILE_BYTES } from "../../../../core/file-size";

/** Import a list of dossiers exported from the one-stop system: pick the file, check the columns, map odd values, run. */
export function ImportWizard({ version, onImported }: { version: number; onImported: () => void }) {
  const [state, setState] = useState<WizardState>(INITIAL_STATE);
  // The dossiers changed elsewhere (an import undone in Lịch sử nhập): a trial run's counts no longer hold.
  const [countedAt, setCountedAt] = useState(version);
  if (countedAt !== version) {
    setCountedAt(version);
    if (state.result?.dryRun) setState({ ...state, result: null });
  }
  const request = useRef(0);
  const patch = (p: Partial<WizardState>) => setState((s) => ({ ...s, ...p }));
  const fail = (title: string, e: unknown) => patch({ busy: null, error: { title, message: errorMessage(e) } });

  const pickFile = async (file: File) => {
    if (!importFormatOf(file.name)) {
      const old = /\.xls$/i.test(file.name);
      patch({
        error: {
          title: "Không nhận loại tệp này",
          message: old
            ? "Tệp .xls (Excel 97-2003) chưa đọc được. Hãy mở tệp bằng Excel, chọn Lưu thành (Save As) dạng .xlsx rồi chọn lại."
            : "Hãy chọn tệp Excel (.xlsx) hoặc .csv xuất từ Hệ thống một cửa.",
        },
      });
      return;
    }
    if (file.size > UPLOAD_FILE_BYTES) {
      patch({
        error: {
          title: "Tệp quá lớn",
          message: `Tệp nặng ${formatMegabytes(file.size)}, quá giới hạn ${formatMegabytes(UPLOAD_FILE_BYTES)}. Hãy xuất từng khoảng thời gian ra các tệp nhỏ hơn rồi nhập lần lượt.`,
        },
      });
      return;
    }
    const id = ++request.current;
    patch({ busy: "reading", error: null, result: null });
    try {
      const base64 = await readFileAsBase64(file);
      const preview = await call("dossiers.importPreview", { fileName: file.name, contentBase64: base64 });
      if (id !== request.current) return;
      setState((s) => ({
        ...s,
        step: STEP.columns,
        file: { name: file.name, base64 },
        preview,
        mapping: mappingOf(preview),
        values: keepValueChoices(s.values, preview),
        otherUnitConfirmed: false,
        busy: null,
      }));
    } catch (e) {
      if (id === request.current) fail("Không đọc được tệp", e);
    }
  };

  const changeMapping = async (field: DossierField, header: string | null) => {
    const { file } = state;
    if (!file) return;
    const mapping = { ...state.mapping };
    if (header === null) delete mapping[field];
    else mapping[field] = header;
    const id = ++request.current;
    patch({ mapping, busy: "preview", error: null, result: null });
    try {
      const preview = await call("dossiers.importPreview", {
        fileName: file.name,
        contentBase64: file.base64,
        mapping: mappingInput(mapping),
      });
      // The user's choice stays as they made it; the new preview tells what is still missing and what values are unknown.
      if (id === request.current) setState((s) => ({ ...s, preview, values: keepValueChoices(s.values, preview), busy: null }));
    } catch (e) {
      if (id === request.current) fail("Không đọc lại được tệp với cách ghép cột mới", e);
    }
  };

  const run = async (dryRun: boolean) => {
    const { file } = state;
    if (!file) return;
    const id = ++request.current;
    patch({ busy: dryRun ? "dryRun" : "import", error: null, result: null });
    try {
      const result = await call("dossiers.import", {
        fileName: file.name,
        contentBase64: file.base64,
        mapping: mappingInput(state.mapping),
        ...valueInput(state.values),
        dryRun,
        saveMapping: state.saveMapping,
      });
      if (id !== request.current) return;
      patch({ result, busy: null });
      if (!result.dryRun) onImported();
    } catch (e) {
      if (id === request.current) fail(dryRun ? "Không nhập thử được" : "Không nhập được", e);
    }
  };

  const restart = () => {
    request.current += 1;
    setState({ ...INITIAL_STATE, saveMapping: state.saveMapping });
  };

  const { preview } = state;
  const unknown = preview !== null && hasUnknownValues(preview);
  const imported = state.result !== null && !state.result.dryRun;
  const valuesStepNote = preview === null ? undefined : unknown ? undefined : "Không có";

  return (
    <Card size="small" styles={{ body: { ...stack(20), padding: 20 } }}>
      <Steps
        current={state.step}
        status={imported ? "finish" : state.error ? "error" : "process"}
        size="small"
        items={[{ title: "Chọn tệp", content: state.file?.name }, { title: "Kiểm tra cột" }, { title: "Giá trị chưa nhận ra", content: valuesStepNote }, { title: "Nhập dữ liệu" }]}
      />
      {state.error && <ErrorAlert title={state.error.title} message={state.error.message} onClose={() => patch({ error: null })} />}
      {state.step === STEP.file && <FileStep busy={state.busy === "reading"} onFile={(f) => void pickFile(f)} />}
      {state.step === STEP.columns && preview && (
        <MappingStep
          preview={preview}
          mapping={state.mapping}
          busy={state.busy === "preview"}
          onChange={(field, header) => void changeMapping(field, header)}
          onBack={restart}
          onNext={() => patch({ step: unknown ? STEP.values : STEP.run, error: null })}
        />
      )}
      {state.step === STEP.values && preview && (
        <ValuesStep
          preview={preview}
          values={state.values}
          onChange={(values) => patch({ values, result: null })}
          onBack={() => patch({ step: STEP.columns })}
          onNext={() => patch({ step: STEP.run, error: null })}
        />
      )}
      {state.step === STEP.run && preview && (
        <RunStep
          preview={preview}
          busy={state.busy}
          result={state.result}
          saveMapping={state.saveMapping}
          onSaveMapping={(saveMapping) => patch({ saveMapping })}
          otherUnitConfirmed={state.otherUnitConfirmed}
          onConfirmOtherUnit={(otherUnitConfirmed) => patch({ otherUnitConfirmed })}
          onRun={(dryRun) => void run(dryRun)}
          onBack={() => patch({ step: unknown ? STEP.values : STEP.columns, result: null })}
          onRestart={restart}
        />
      )}
    </Card>
  );
}
