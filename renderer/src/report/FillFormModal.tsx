import { useState } from "react";
import { Alert, App, Button, Flex, Modal } from "antd";
import type { ApiOutput } from "../../../core/api/contract";
import { call, errorMessage } from "../api";
import { ErrorAlert } from "../dossiers/ErrorAlert";
import { FileDropZone } from "../dossiers/FileDropZone";
import { downloadBase64, readFileAsBase64 } from "../dossiers/files";
import type { RowChoices } from "./AmbiguousRows";
import { FillSummary } from "./FillSummary";
import type { Report } from "./types";

interface Props {
  period: string;
  estimate: boolean;
  report: Report;
  /** Each indicator as the user picks it from a list. */
  names: Map<string, string>;
  onClose: () => void;
}

interface FormFile {
  fileName: string;
  contentBase64: string;
}

/** "Điền vào mẫu của tỉnh": fills the province's own .xlsx form with the report's figures; unclear rows are the user's to decide. */
export function FillFormModal({ period, estimate, report, names, onClose }: Props) {
  const { message } = App.useApp();
  const [file, setFile] = useState<FormFile | null>(null);
  const [result, setResult] = useState<ApiOutput<"report.fillForm"> | null>(null);
  const [choices, setChoices] = useState<RowChoices>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const fill = async (form: FormFile, mapping?: RowChoices) => {
    setBusy(true);
    setError(null);
    try {
      const filled = await call("report.fillForm", { period, estimate, ...form, mapping, saveMapping: mapping ? true : undefined });
      setResult(filled);
      setChoices({});
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const pick = async (picked: File) => {
    setResult(null);
    try {
      const form = { fileName: picked.name, contentBase64: await readFileAsBase64(picked) };
      setFile(form);
      await fill(form);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const download = async () => {
    if (!result) return;
    downloadBase64(result.fileName, result.contentBase64);
    try {
      await call("outbox.keep", { fileName: result.fileName, contentBase64: result.contentBase64, kind: "bieu_mau_tinh", period });
      void message.success(`Đã tải tệp ${result.fileName}; bản sao nằm trong Hộp thư đi chờ gửi.`);
    } catch (e) {
      void message.error(errorMessage(e));
    }
  };

  const chosen = Object.keys(choices).length;
  return (
    <Modal
      open
      title="Điền vào mẫu Phụ lục 3 của tỉnh"
      width={920}
      onCancel={onClose}
      closable={{ "aria-label": "Đóng" }}
      footer={
        <Flex justify="flex-end" gap={8} wrap>
          {file && (result?.ambiguous.length || result?.unmatched.length || result?.provinceOnly.length) ? (
            <Button disabled={busy || chosen === 0} onClick={() => void fill(file, choices)}>
              Điền lại theo lựa chọn
            </Button>
          ) : null}
          <Button onClick={onClose}>Đóng</Button>
          <Button type="primary" disabled={!result || busy} onClick={() => void download()}>
            Tải tệp đã điền
          </Button>
        </Flex>
      }
    >
      <div style={{ display: "grid", gap: 12 }}>
        <Alert
          type="info"
          showIcon
          role="note"
          title={`Số liệu ${report.period.label}${estimate && report.withEstimate ? ", kèm ước đạt" : ""}.`}
          description="Ứng dụng chỉ ghi vào cột số liệu của những dòng nhận ra chỉ tiêu (dòng ghi là tổng của nhiều chỉ tiêu thì cộng lại) và vào chỗ trống của đơn vị, kỳ báo cáo; mọi ô, định dạng và công thức khác của mẫu giữ nguyên."
        />
        <FileDropZone
          testId="fill-upload"
          accept=".xlsx"
          busy={busy}
          busyText="Đang điền mẫu…"
          ariaLabel="Chọn tệp mẫu Phụ lục 3 của tỉnh"
          hint={file ? `Đang dùng tệp ${file.fileName}. Chọn tệp khác để điền lại.` : "Biểu mẫu Phụ lục 3 tỉnh gửi, dạng Excel (.xlsx)."}
          onFile={(picked) => void pick(picked)}
        />
        {error ? <ErrorAlert title="Không điền được mẫu" message={error} onClose={() => setError(null)} /> : null}
        {result ? <FillSummary result={result} report={report} names={names} choices={choices} onChoices={setChoices} /> : null}
      </div>
    </Modal>
  );
}
