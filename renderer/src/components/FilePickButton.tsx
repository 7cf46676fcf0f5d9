import { useRef } from "react";
import { Button, type ButtonProps } from "antd";

interface Props {
  label: string;
  /** What the file chooser offers: ".json", ".cchc". */
  accept: string;
  /** The hidden input's name for screen readers and tests. */
  inputLabel: string;
  onFile: (file: File) => void;
  type?: ButtonProps["type"];
  loading?: boolean;
}

/** A button that opens the file chooser and hands over the one file picked (the same file can be picked again). */
export function FilePickButton({ label, accept, inputLabel, onFile, type, loading }: Props) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button type={type} loading={loading} onClick={() => input.current?.click()}>
        {label}
      </Button>
      <input
        ref={input}
        type="file"
        accept={accept}
        aria-label={inputLabel}
        style={{ display: "none" }}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = "";
          if (file) onFile(file);
        }}
      />
    </>
  );
}
