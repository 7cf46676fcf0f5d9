/**
 * What the evidence binder holds, worked out before a byte is read: for each
 * row of the evidence checklist (core/outline/checklist.ts) the folder it
 * goes in, the files of its documents under the names they get there, and
 * what is missing – items without a document, documents without a file. A
 * document evidencing several items is copied into each item's folder: a copy
 * survives a zip, a FAT USB stick and any system, where links and shortcuts
 * do not.
 */
import { extensionOf } from "../attachments/file-kinds";
import { checklistRows } from "../outline/checklist";
import type { EvidenceDocument, FilledNode, FilledOutline } from "../outline/filled-types";
import { evidenceFileName, FILE_NAME_CHARS, folderName, folderWording, ITEM_FOLDER_CHARS, PART_FOLDER_CHARS, UniqueNames } from "./names";

/** A file attached to a document, as the register lists it. */
export interface AttachedFile {
  id: number;
  fileName: string;
  sizeBytes: number;
  sha256: string;
}

export interface PlannedFile {
  /** Inside the binder, "/"-separated: "I. CÔNG TÁC…/1. Công tác chỉ đạo điều hành/25-KH-UBND_10-01-2025.pdf". */
  path: string;
  attachmentId: number;
  sha256: string;
  sizeBytes: number;
}

export interface BinderDocument {
  document: EvidenceDocument;
  /** Its files in this item's folder; none when only its entry is in the register. */
  files: PlannedFile[];
}

export interface BinderItem {
  index: number;
  node: FilledNode;
  /** The item's folder inside the binder; null when it holds no file. */
  folder: string | null;
  documents: BinderDocument[];
}

export interface BinderPart {
  node: FilledNode;
  folder: string;
  items: BinderItem[];
}

export interface BinderTotals {
  items: number;
  /** Items with at least one document. */
  itemsWithEvidence: number;
  /** Items with documents, each with its file. */
  itemsComplete: number;
  documentsWithoutFile: number;
  /** Files written, copies included, and their bytes. */
  files: number;
  bytes: number;
}

export interface BinderPlan {
  parts: BinderPart[];
  files: PlannedFile[];
  totals: BinderTotals;
}

export const INDEX_FILE = "00-Muc-luc.html";
export const CHECKLIST_FILE = "Danh-muc-minh-chung.docx";

/** "II.4.1" under part "II" is numbered "4.1" in the part's folder. */
const numberingIn = (part: FilledNode, node: FilledNode) => (node.key.startsWith(`${part.key}.`) ? node.key.slice(part.key.length + 1) : node.key);

function planItem(part: BinderPart, partNames: UniqueNames, row: { index: number; node: FilledNode; documents: EvidenceDocument[] }, filesOf: (documentId: number) => AttachedFile[]): BinderItem {
  const hasFiles = row.documents.some((d) => filesOf(d.documentId).length > 0);
  const folder = hasFiles ? `${part.folder}/${partNames.take(folderName(numberingIn(part.node, row.node), folderWording(row.node.template, row.node.text), ITEM_FOLDER_CHARS))}` : null;
  const names = new UniqueNames(FILE_NAME_CHARS);
  const documents = row.documents.map((document): BinderDocument => {
    const files = filesOf(document.documentId).map((file, i): PlannedFile => {
      const extension = extensionOf(file.fileName) || "pdf";
      const name = names.take(evidenceFileName(document.numberSymbol, document.date, extension, i + 1), `.${extension}`);
      return { path: `${folder}/${name}`, attachmentId: file.id, sha256: file.sha256, sizeBytes: file.sizeBytes };
    });
    return { document, files };
  });
  return { index: row.index, node: row.node, folder, documents };
}

/** The binder of a filled outline, given the files each document carries. */
export function planBinder(filled: FilledOutline, attached: ReadonlyMap<number, AttachedFile[]>): BinderPlan {
  const filesOf = (documentId: number) => attached.get(documentId) ?? [];
  const topNames = new UniqueNames(PART_FOLDER_CHARS);
  const parts: BinderPart[] = [];
  let partNames = new UniqueNames(ITEM_FOLDER_CHARS);
  for (const row of checklistRows(filled)) {
    if (row.kind === "part") {
      parts.push({ node: row.node, folder: topNames.take(folderName(row.node.number, folderWording(row.node.template, row.node.text), PART_FOLDER_CHARS)), items: [] });
      partNames = new UniqueNames(ITEM_FOLDER_CHARS);
      continue;
    }
    const part = parts[parts.length - 1]!;
    part.items.push(planItem(part, partNames, row, filesOf));
  }
  const items = parts.flatMap((p) => p.items);
  const documents = items.flatMap((i) => i.documents);
  const files = documents.flatMap((d) => d.files);
  return {
    parts,
    files,
    totals: {
      items: items.length,
      itemsWithEvidence: items.filter((i) => i.documents.length > 0).length,
      itemsComplete: items.filter((i) => i.documents.length > 0 && i.documents.every((d) => d.files.length > 0)).length,
      documentsWithoutFile: documents.filter((d) => d.files.length === 0).length,
      files: files.length,
      bytes: files.reduce((sum, f) => sum + f.sizeBytes, 0),
    },
  };
}
