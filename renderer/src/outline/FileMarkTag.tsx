import { Tag } from "antd";
import { fileMark } from "../../../core/outline/checklist";
import type { EvidenceDocument } from "../../../core/outline/filled-types";

/** "Có tệp" / "Chưa có tệp" beside an evidence document, as the checklist says it. */
export function FileMarkTag({ doc }: { doc: EvidenceDocument }) {
  return (
    <Tag color={doc.fileCount > 0 ? "green" : "orange"} data-testid="evidence-file-mark">
      {fileMark(doc)}
    </Tag>
  );
}
