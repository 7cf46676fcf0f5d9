import { useState } from "react";
import { Button, Modal } from "antd";
import { call, errorMessage } from "../../api";
import { ErrorAlert } from "../ErrorAlert";
import { importFormatOf, readFileAsBase64 } from "../files";
import { formatMegabytes, UPLOAD_FILE_BYTES } from "../../../../core/file-size";
import { stack } from "../layout";
import { CatalogueUpload } from "./CatalogueUpload";
import { ImportResultPanel } from "./ImportResultPanel";
import type { CatalogueImportResult } from "./types";

type Step = { kind: "pick"; error: string | null } | { kind: "busy" } | { kind: "done"; fileName: string; result: CatalogueImportResult };

interface Props {
  open: boolean;
  onClose: () => void;
  onImported: () => void;
}

/** Nhập danh mục từ Excel: one file, upserted by Mã thủ tục, then what changed. */
export function CatalogueImportModal({ open, onClose, onImported }: Props) {
  const [step, setStep] = useState<Step>({ kind: "pick", error: null });

  const importFile = async (file: File) => {
    if (!importFormatOf(file.name)) {
      setStep({ kind: "pick", error: `Tệp "${file.name}" không phải tệp Excel (.xlsx) hoặc .csv.` });
      return;
    }
    if (file.size > UPLOAD_FILE_BYTES) {
      setStep({ kind: "pick", error: `Tệp "${file.name}" quá lớn (quá ${formatMegabytes(UPLOAD_FILE_BYTES)}) để nhập.` });
      return;
    }
    setStep({ kind: "busy" });
    try {
      const contentBase64 = await readFileAsBase64(file);
      const result = await call("procedures.import", { fileName: file.name, contentBase64 });
      setStep({ kind: "done", fileName: file.name, result });
      onImported();
    } catch (e) {
      setStep({ kind: "pick", error: errorMessage(e) });
    }
  };

  const close = () => {
    if (step.kind === "busy") return;
    setStep({ kind: "pick", error: null });
    onClose();
  };

  return (
    <Modal
      open={open}
      title="Nhập danh mục thủ tục từ Excel"
      width={760}
      onCancel={close}
      maskClosable={false}
      footer={
        step.kind === "done" ? (
          <>
            <Button onClick={() => setStep({ kind: "pick", error: null })}>Nhập tệp khác</Button>
            <Button type="primary" onClick={close}>
              Đóng
            </Button>
          </>
        ) : (
          <Button onClick={close} disabled={step.kind === "busy"}>
            Đóng
          </Button>
        )
      }
    >
      {step.kind === "done" ? (
        <ImportResultPanel fileName={step.fileName} result={step.result} />
      ) : (
        <div style={stack(12)}>
          {step.kind === "pick" && step.error && <ErrorAlert title="Chưa nhập được danh mục" message={step.error} />}
          <CatalogueUpload busy={step.kind === "busy"} onFile={(file) => void importFile(file)} />
        </div>
      )}
    </Modal>
  );
}
