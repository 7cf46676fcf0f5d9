import { useRef, useState, type ReactNode } from "react";
import { Button, Typography, type ButtonProps } from "antd";
import { ATTACHMENT_EXTENSIONS } from "../../../core/attachments/file-kinds";
import "./attachments.css";

/** What the file chooser offers: ".pdf,.docx,…". */
const ACCEPT = ATTACHMENT_EXTENSIONS.map((e) => `.${e}`).join(",");

interface Props {
  testId: string;
  busy: boolean;
  /** The chooser button's text and its hidden input's name: “Thêm tệp”, “Chọn các tệp”. */
  pickLabel: string;
  inputLabel: string;
  /** Also offer “Chọn cả thư mục” (every file of a folder and its subfolders). */
  folder?: boolean;
  hint: ReactNode;
  onFiles: (files: File[]) => void;
}

interface PickProps {
  label: string;
  inputLabel: string;
  folder: boolean;
  busy: boolean;
  onFiles: (files: File[]) => void;
  primary?: boolean;
  size?: ButtonProps["size"];
}

/** A hidden file input behind a button, offering the kinds a document may carry; the same files can be picked again. */
export function PickButton({ label, inputLabel, folder, busy, onFiles, primary, size }: PickProps) {
  const input = useRef<HTMLInputElement>(null);
  // Not in React's types: the browsers' attribute that makes the chooser pick a folder.
  const folderPicker = folder ? { webkitdirectory: "" } : { accept: ACCEPT };
  return (
    <>
      <Button type={primary ? "primary" : "default"} size={size} loading={busy && primary} disabled={busy} onClick={() => input.current?.click()}>
        {label}
      </Button>
      <input
        ref={input}
        type="file"
        multiple
        {...folderPicker}
        aria-label={inputLabel}
        style={{ display: "none" }}
        onChange={(e) => {
          const files = Array.from(e.target.files ?? []);
          e.target.value = "";
          if (files.length > 0) onFiles(files);
        }}
      />
    </>
  );
}

/** Where the clerk drops files, or picks them (several at once, or a whole folder). */
export function FileDropArea({ testId, busy, pickLabel, inputLabel, folder = false, hint, onFiles }: Props) {
  const [over, setOver] = useState(false);
  return (
    <div
      data-testid={testId}
      className={`attachment-drop${over ? " attachment-drop--over" : ""}`}
      onDragOver={(e) => {
        e.preventDefault();
        e.dataTransfer.dropEffect = "copy";
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        const files = Array.from(e.dataTransfer.files);
        if (!busy && files.length > 0) onFiles(files);
      }}
    >
      <div className="attachment-drop__buttons">
        <PickButton label={pickLabel} inputLabel={inputLabel} folder={false} busy={busy} onFiles={onFiles} primary />
        {folder && <PickButton label="Chọn cả thư mục" inputLabel={`${inputLabel} (cả thư mục)`} folder busy={busy} onFiles={onFiles} />}
        <Typography.Text strong>{busy ? "Đang đọc và gửi tệp…" : "hoặc kéo thả tệp vào khung này"}</Typography.Text>
      </div>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {hint}
      </Typography.Paragraph>
    </div>
  );
}
