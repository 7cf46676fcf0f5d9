import { useState } from "react";
import { Button, Modal, Spin, Typography } from "antd";
import type { ImportableRegister } from "../../../../core/api/contract";
import { REGISTERS } from "../../../../core/records/registers";
import { SectionTitle } from "../../components/Headings";
import { ErrorAlert } from "../../dossiers/ErrorAlert";
import { FileDropZone } from "../../dossiers/FileDropZone";
import { stack } from "../../dossiers/layout";
import { FieldMappingTable } from "./FieldMappingTable";
import { ImportOutcome } from "./ImportOutcome";
import { LastImport } from "./LastImport";
import { NumberInput, numberFieldProblem, YEAR_RULE } from "../NumberInput";
import { PreviewFacts } from "./PreviewFacts";
import { SampleRows } from "./SampleRows";
import { useRegisterImport } from "./useRegisterImport";

interface Props {
  register: ImportableRegister;
  open: boolean;
  onClose: () => void;
  onImported: () => void;
}

/** Nhập từ Excel for one register: pick the file, check the columns, try without writing, import; undo the last import. */
export function RegisterImportModal({ register, open, onClose, onImported }: Props) {
  const title = REGISTERS[register].title;
  const needsYear = register === "plan_tasks";
  // No year is assumed: a plan imported under the wrong year would shift every deadline.
  const [year, setYear] = useState<number | null>(null);
  const [version, setVersion] = useState(0);
  const imported = () => {
    setVersion((v) => v + 1);
    onImported();
  };
  const { state, pickFile, remap, run, restart, forgetTrial, dismissError } = useRegisterImport(register, year, imported);
  const undone = () => {
    forgetTrial();
    onImported();
  };
  const { preview, result, busy } = state;
  const done = result !== null && !result.dryRun;
  const blocked = busy !== null || !preview || preview.missingFields.length > 0 || (needsYear && !year);

  const close = () => {
    if (busy === "import") return;
    restart();
    onClose();
  };

  const footer = !preview ? (
    <Button onClick={close}>Đóng</Button>
  ) : done ? (
    <>
      <Button onClick={restart}>Nhập tệp khác</Button>
      <Button type="primary" onClick={close}>
        Đóng
      </Button>
    </>
  ) : (
    <>
      <Button onClick={restart} disabled={busy !== null}>
        Chọn tệp khác
      </Button>
      <Button onClick={() => void run(true)} loading={busy === "dryRun"} disabled={blocked}>
        Thử trước, không ghi
      </Button>
      <Button type="primary" onClick={() => void run(false)} loading={busy === "import"} disabled={blocked}>
        Nhập vào sổ
      </Button>
    </>
  );

  return (
    <Modal open={open} title={`Nhập từ Excel: ${title}`} width={980} onCancel={close} maskClosable={false} footer={footer} destroyOnHidden>
      <div style={stack(16)}>
        <LastImport register={register} version={version} onUndone={undone} />
        {state.error && <ErrorAlert title={state.error.title} message={state.error.message} onClose={dismissError} />}
        {needsYear && !done && (
          <label style={{ display: "inline-flex", gap: 8, alignItems: "center" }}>
            <span>Kế hoạch CCHC năm (bắt buộc)</span>
            <NumberInput
              plain
              value={year}
              onChange={(v) => setYear(typeof v === "number" && numberFieldProblem("Năm", v, YEAR_RULE) === null ? v : null)}
              aria-label="Năm của kế hoạch"
              status={year ? undefined : "error"}
            />
          </label>
        )}
        {!preview ? (
          <FileDropZone
            testId="register-import-upload"
            busy={busy === "reading"}
            busyText="Đang đọc tệp…"
            ariaLabel={`Chọn tệp Excel (.xlsx) hoặc .csv: ${title}`}
            onFile={(f) => void pickFile(f)}
            hint="Tệp Excel (.xlsx) hoặc .csv đang dùng để theo dõi sổ này. Dòng tiêu đề, tiêu đề hai tầng, ô gộp, dòng trống và dòng tổng cộng được tự nhận ra; chữ gõ bằng mã TCVN3 (.VnTime) hay VNI được chuyển sang Unicode."
          />
        ) : done ? (
          <ImportOutcome result={result} />
        ) : (
          <>
            <PreviewFacts preview={preview} />
            <section style={stack(8)}>
              <SectionTitle>Ghép cột</SectionTitle>
              <Spin spinning={busy === "preview"} description="Đang đọc lại tệp…">
                <FieldMappingTable preview={preview} mapping={state.mapping} busy={busy !== null} onChange={(f, h) => void remap(f, h)} />
              </Spin>
            </section>
            {preview.sampleRows.length > 0 && (
              <section style={stack(8)}>
                <SectionTitle>{`Các dòng đầu của tệp (${preview.sampleRows.length} dòng)`}</SectionTitle>
                <SampleRows headers={preview.headers} rows={preview.sampleRows} />
              </section>
            )}
            {result && <ImportOutcome result={result} />}
            <Typography.Text type="secondary">Dòng đã có trong sổ được giữ nguyên; dòng sai hoặc thiếu thông tin bắt buộc bị từ chối và được liệt kê để sửa.</Typography.Text>
          </>
        )}
      </div>
    </Modal>
  );
}
