/**
 * The attached files of a backup being restored. Every file the staged copy
 * uses is found – inside the copy, in the store's files folder, or in the
 * files folder beside the backup – unsealed with the copy's key and checked
 * by hash. Those not in the store's files folder yet are written first into
 * a folder of their own inside it and moved in only once all are there and
 * whole, so a refusal leaves the files folder as it was.
 */
import { renameSync, rmSync } from "node:fs";
import path from "node:path";
import { writeWhole } from "../attachments/blob-store";
import { backupFilesFolder, openCopy, type CopyAccess } from "./attached-files";
import { checkFiles, filesProblem } from "./files-check";

/** Brings in the files of the staged copy; returns what is missing or damaged, in words, or null when all came in. */
export function bringFilesIn(staged: string, access: CopyAccess, source: string, liveFolder: string): string | null {
  const fromBackup = backupFilesFolder(path.dirname(source));
  const pending = path.join(liveFolder, ".dang-khoi-phuc");
  rmSync(pending, { recursive: true, force: true });
  const copy = openCopy(staged, access);
  try {
    const brought: string[] = [];
    let inside = false;
    const check = checkFiles(copy, [liveFolder, fromBackup], (file, sealed, place) => {
      inside ||= place === null;
      if (place === liveFolder) return;
      writeWhole(path.join(pending, file.storedName), sealed);
      brought.push(file.storedName);
    });
    const problem = filesProblem(check, `(đã tìm trong bản sao lưu, trong "${fromBackup}" và trong "${liveFolder}")`);
    if (problem) return problem;
    for (const name of brought) renameSync(path.join(pending, name), path.join(liveFolder, name));
    if (inside) {
      // The store keeps its files in the folder: the copy drops the bytes it carried, and the space they took.
      copy.prepare("UPDATE attachment_files SET sealed = NULL").run();
      copy.exec("VACUUM");
    }
    return null;
  } finally {
    copy.close();
    rmSync(pending, { recursive: true, force: true });
  }
}
