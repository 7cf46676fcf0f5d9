import { statSync } from "node:fs";
import type { HandlersFor } from "./handler-types";
import type { backupApi } from "../contract/backup";
import { backupFolder, listBackups, setBackupFolder } from "../../backup/folder";
import { keptBackup, keptBackupBytes, restoreFromBytes } from "../../backup/kept";
import { restoreLive } from "../../backup/restore";
import { takeBackup } from "../../backup/take";

export const backupHandlers: HandlersFor<keyof typeof backupApi> = {
  "backup.list": (ctx) => {
    const folder = backupFolder(ctx);
    return { folder, backups: listBackups(folder).map((b) => ({ ...b, bytes: statSync(b.file).size })) };
  },
  "backup.take": (ctx) => takeBackup(ctx, "tay"),
  "backup.setFolder": (ctx, input) => ({ folder: setBackupFolder(ctx, input.folder) }),
  "backup.file": (ctx, input) => {
    const { fileName, bytes } = keptBackupBytes(ctx, input.file);
    return { fileName, contentBase64: bytes.toString("base64") };
  },
  "backup.restore": async (ctx, input) => {
    if ("file" in input) {
      const { file } = keptBackup(ctx, input.file);
      return { undo: (await restoreLive(ctx, file, file, input.passphrase)).undo, restoredFrom: file };
    }
    return { undo: (await restoreFromBytes(ctx, input.fileName, Buffer.from(input.contentBase64, "base64"), input.passphrase)).undo, restoredFrom: input.fileName };
  },
};
