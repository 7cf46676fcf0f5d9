/**
 * What may be attached to a document: the kinds an office keeps its evidence
 * in (PDF, Word, Excel, OpenDocument, scans and photos), each recognised by
 * its extension and checked by its first bytes, so a renamed program or a
 * page saved as ".pdf" is refused. Pure: the renderer checks a picked file
 * with it before sending.
 */
import { formatMegabytes, UPLOAD_FILE_BYTES } from "../file-size";

export interface AttachmentKind {
  extensions: readonly string[];
  mediaType: string;
  /** What a clerk calls it, in a refusal. */
  label: string;
  /** The file's first bytes, any of these. */
  magic: readonly (readonly number[])[];
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export const ATTACHMENT_KINDS: readonly AttachmentKind[] = [
  { extensions: ["pdf"], mediaType: "application/pdf", label: "PDF", magic: [[0x25, 0x50, 0x44, 0x46]] },
  { extensions: ["docx"], mediaType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", label: "Word", magic: [ZIP] },
  { extensions: ["doc"], mediaType: "application/msword", label: "Word", magic: [OLE] },
  { extensions: ["xlsx"], mediaType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", label: "Excel", magic: [ZIP] },
  { extensions: ["xls"], mediaType: "application/vnd.ms-excel", label: "Excel", magic: [OLE] },
  { extensions: ["odt"], mediaType: "application/vnd.oasis.opendocument.text", label: "OpenDocument", magic: [ZIP] },
  { extensions: ["ods"], mediaType: "application/vnd.oasis.opendocument.spreadsheet", label: "OpenDocument", magic: [ZIP] },
  { extensions: ["jpg", "jpeg"], mediaType: "image/jpeg", label: "ảnh JPEG", magic: [[0xff, 0xd8, 0xff]] },
  { extensions: ["png"], mediaType: "image/png", label: "ảnh PNG", magic: [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]] },
  {
    extensions: ["tif", "tiff"],
    mediaType: "image/tiff",
    label: "ảnh quét TIFF",
    magic: [
      [0x49, 0x49, 0x2a, 0x00],
      [0x4d, 0x4d, 0x00, 0x2a],
    ],
  },
];

/** The largest file one document may carry: what the screen can send in one call. */
export const ATTACHMENT_MAX_BYTES = UPLOAD_FILE_BYTES;

/** The extensions accepted, for a file picker's `accept` and the messages: ".pdf, .docx, …". */
export const ATTACHMENT_EXTENSIONS: readonly string[] = ATTACHMENT_KINDS.flatMap((k) => k.extensions);

export const extensionOf = (fileName: string): string => {
  const dot = fileName.lastIndexOf(".");
  return dot < 0 ? "" : fileName.slice(dot + 1).toLowerCase();
};

export const attachmentKindOf = (fileName: string): AttachmentKind | null => ATTACHMENT_KINDS.find((k) => k.extensions.includes(extensionOf(fileName))) ?? null;

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);

/** Why a file cannot be attached, in Vietnamese naming it; null when it can. `head` is its first bytes (at least 8). */
export function attachmentProblem(fileName: string, size: number, head: Uint8Array): string | null {
  const kind = attachmentKindOf(fileName);
  if (!kind) return `Tệp "${fileName}" không đính kèm được: chỉ nhận tệp ${ATTACHMENT_EXTENSIONS.map((e) => `.${e}`).join(", ")}.`;
  if (size === 0) return `Tệp "${fileName}" rỗng (0 byte).`;
  if (size > ATTACHMENT_MAX_BYTES) return `Tệp "${fileName}" quá lớn (${formatMegabytes(size)}): mỗi tệp đính kèm tối đa ${formatMegabytes(ATTACHMENT_MAX_BYTES)}.`;
  if (!kind.magic.some((m) => startsWith(head, m))) return `Tệp "${fileName}" không phải tệp ${kind.label} thật (nội dung không khớp với đuôi .${extensionOf(fileName)}).`;
  return null;
}
