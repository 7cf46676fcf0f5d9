import { Button, Typography } from "antd";
import { formatFileSize } from "../../../core/file-size";
import { PaperclipIcon } from "../attachments/PaperclipIcon";
import "./packages.css";

/** A file shown on the fill screen: one the package carries (by its checksum) or one picked and not sent yet. */
export interface ShownFile {
  fileName: string;
  size: number;
}

interface Props<F extends ShownFile> {
  files: readonly F[];
  onOpen: (file: F) => void;
  /** Takes a file off the answer before it is sent; absent for the commune's own files. */
  onRemove?: (file: F) => void;
}

/** The files of one document: paperclip, name, size, “Mở” (and “Bỏ” for the department's own). */
export function EvidenceFiles<F extends ShownFile>({ files, onOpen, onRemove }: Props<F>) {
  if (files.length === 0) return null;
  return (
    <ul className="evidence-files" aria-label="Tệp đính kèm">
      {files.map((f, i) => (
        <li key={`${f.fileName}-${i}`} className="evidence-file">
          <PaperclipIcon />
          <span className="evidence-file__name">{f.fileName}</span>
          <Typography.Text type="secondary">{formatFileSize(f.size)}</Typography.Text>
          <Button size="small" type="link" aria-label={`Mở tệp ${f.fileName}`} onClick={() => onOpen(f)}>
            Mở
          </Button>
          {onRemove ? (
            <Button size="small" type="link" danger aria-label={`Bỏ tệp ${f.fileName}`} onClick={() => onRemove(f)}>
              Bỏ
            </Button>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
