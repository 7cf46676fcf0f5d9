import { ATTACHMENT_KINDS, ATTACHMENT_MAX_BYTES } from "../../../core/attachments/file-kinds";
import { formatMegabytes } from "../../../core/file-size";

/** "PDF (.pdf), Word (.docx, .doc), …": the kinds a document may carry, grouped as a clerk names them. */
function kindsText(): string {
  const byLabel = new Map<string, string[]>();
  for (const kind of ATTACHMENT_KINDS) byLabel.set(kind.label, [...(byLabel.get(kind.label) ?? []), ...kind.extensions.map((e) => `.${e}`)]);
  return [...byLabel].map(([label, extensions]) => `${label} (${extensions.join(", ")})`).join(", ");
}

/** Said under every place files are picked: which kinds, how large. */
export const KINDS_ACCEPTED = `Nhận tệp ${kindsText()}; mỗi tệp tối đa ${formatMegabytes(ATTACHMENT_MAX_BYTES)}.`;
