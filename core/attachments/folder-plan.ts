/**
 * A folder of scans brought in at once: every file in it (and its
 * subfolders) matched to a register entry by the number in its name, checked
 * like any attached file, shown as a plan before anything is taken; then the
 * files that match one entry are attached in one transaction, read one at a
 * time so a large folder never sits in memory whole.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { AppContext } from "../context";
import { AppError } from "../../shared/errors";
import { firstBytes } from "../../shared/first-bytes";
import { attachInTransaction, checkAttachable, type Attached } from "./attachments";
import { attachmentKindOf, attachmentProblem } from "./file-kinds";
import type { FileMatch } from "./file-number";
import { matchAgainstRegister, type MatchedDocument } from "./match-documents";

export type PlannedFile = FileMatch & {
  /** Path inside the folder, as shown to the clerk. */
  relativePath: string;
  sizeBytes: number;
  /** Why the file cannot be attached (a kind not kept, empty, too large, not what its name says); null when it can. */
  problem: string | null;
};

export interface FolderPlan {
  folder: string;
  files: PlannedFile[];
  documents: MatchedDocument[];
}

function filesUnder(folder: string): string[] {
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true, recursive: true });
  } catch {
    throw new AppError("file_unreadable", `Thư mục "${folder}" không mở được (không tồn tại, không phải thư mục hoặc không có quyền đọc).`);
  }
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .sort((a, b) => a.localeCompare(b, "vi"));
}

/** What taking the folder would do; nothing is written. Files of other kinds (Thumbs.db, .txt) are listed with their problem. */
export function planFolder(ctx: AppContext, folder: string): FolderPlan {
  const root = path.resolve(folder);
  const files = filesUnder(root);
  const { matches, documents } = matchAgainstRegister(
    ctx,
    files.map((f) => path.basename(f)),
  );
  return {
    folder: root,
    documents,
    files: files.map((file, i) => {
      const sizeBytes = statSync(file).size;
      const fileName = path.basename(file);
      const problem = attachmentProblem(fileName, sizeBytes, attachmentKindOf(fileName) && sizeBytes > 0 ? firstBytes(file, 16) : Buffer.alloc(0));
      return { ...matches[i]!, relativePath: path.relative(root, file), sizeBytes, problem };
    }),
  };
}

/** The files a plan attaches: those matching one entry, with nothing wrong. */
export const takenFiles = (plan: FolderPlan): (PlannedFile & { state: "khop" })[] => plan.files.filter((f): f is PlannedFile & { state: "khop" } => f.state === "khop" && !f.problem);

/** Attaches the plan's files in one transaction: all of them or none. */
export function takeFolder(ctx: AppContext, plan: FolderPlan): Attached[] {
  return ctx.store.sqlite.transaction(() =>
    takenFiles(plan).map((f) => {
      const file = { fileName: path.basename(f.relativePath), bytes: readFileSync(path.join(plan.folder, f.relativePath)) };
      checkAttachable(file);
      return attachInTransaction(ctx, f.documentId, file);
    }),
  )();
}
