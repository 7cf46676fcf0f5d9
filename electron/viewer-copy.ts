/**
 * The copy of an attached file the system viewer opens: the store keeps files
 * sealed, so “Mở” writes the plain bytes to the machine's temporary folder,
 * under the name the file was attached with, one folder per attachment (two
 * documents may carry different files of the same name). Copies older than a
 * working day are removed at the next “Mở”, so plain copies of sealed files do
 * not pile up. No Electron here: tested under Node.
 */
import { mkdir, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { extensionOf } from "../core/attachments/file-kinds";
import { writeProblem } from "../core/exports/atomic-write";
import { callerFileName } from "../core/safe-file-name";
import { AppError } from "../shared/errors";

export const VIEWER_FOLDER = "cchc-mo-tep";

/** How long a copy stays: a viewer may keep the file open all day. */
export const VIEWER_COPY_KEEP_MS = 8 * 60 * 60 * 1000;

/** <temp>/cchc-mo-tep/<id>/<the name kept, made safe again>. */
export function viewerCopyPath(tempRoot: string, id: number, fileName: string): string {
  if (!Number.isSafeInteger(id) || id <= 0) throw new AppError("invalid_input", "Tệp đính kèm không hợp lệ.");
  return path.join(tempRoot, VIEWER_FOLDER, String(id), callerFileName(fileName, [extensionOf(fileName) || "pdf"], "tep-dinh-kem"));
}

const sameContent = (file: string, bytes: Uint8Array) =>
  readFile(file).then(
    (kept) => Buffer.compare(kept, bytes) === 0,
    () => false,
  );

/** Removes the copies written more than `keepMs` ago; one still open where the system refuses is left for next time. */
export async function sweepViewerCopies(tempRoot: string, now = Date.now(), keepMs = VIEWER_COPY_KEEP_MS): Promise<void> {
  const root = path.join(tempRoot, VIEWER_FOLDER);
  const names = await readdir(root).catch(() => []);
  for (const name of names) {
    const folder = path.join(root, name);
    const info = await stat(folder).catch(() => null);
    if (info && now - info.mtimeMs > keepMs) await rm(folder, { recursive: true, force: true }).catch(() => undefined);
  }
}

/** Writes the copy the viewer opens and says where it is. A copy still open in a viewer that locks it is opened as it is, if it holds these bytes. */
export async function writeViewerCopy(tempRoot: string, id: number, fileName: string, bytes: Uint8Array): Promise<string> {
  await sweepViewerCopies(tempRoot);
  const file = viewerCopyPath(tempRoot, id, fileName);
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, bytes);
  } catch (e) {
    if (await sameContent(file, bytes)) return file;
    throw new AppError("open_failed", `Không chép được tệp "${fileName}" ra thư mục tạm để mở (${writeProblem(e)}). Dữ liệu không thay đổi.`);
  }
  return file;
}
