import type { ReactNode } from "react";
import { Typography, Upload } from "antd";

interface Props {
  testId: string;
  busy: boolean;
  busyText: string;
  ariaLabel: string;
  /** What the file should hold, in plain words. */
  hint: ReactNode;
  icon?: ReactNode;
  /** The file types offered in the picker; .xlsx and .csv unless told. */
  accept?: string;
  onFile: (file: File) => void;
}

/** Where the clerk drops or picks a file (.xlsx or .csv unless told); the file is handed over, never uploaded by antd itself. */
export function FileDropZone({ testId, busy, busyText, ariaLabel, hint, icon, accept = ".xlsx,.csv", onFile }: Props) {
  return (
    <div data-testid={testId}>
      <Upload.Dragger
        accept={accept}
        multiple={false}
        showUploadList={false}
        disabled={busy}
        beforeUpload={(file) => {
          onFile(file);
          return false;
        }}
        aria-label={ariaLabel}
      >
        <div style={{ padding: "8px 16px" }}>
          {icon}
          <Typography.Paragraph strong style={{ fontSize: 16, margin: icon ? "8px 0 4px" : "0 0 4px" }}>
            {busy ? busyText : "Bấm để chọn tệp, hoặc kéo thả tệp vào đây"}
          </Typography.Paragraph>
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            {hint}
          </Typography.Paragraph>
        </div>
      </Upload.Dragger>
    </div>
  );
}
