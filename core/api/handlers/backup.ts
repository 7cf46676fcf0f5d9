import { statSync } from "node:fs";
import type { HandlersFor } from "./handler-types";
import type { backupApi } from "../contract/backup";
import { backupFolder, listBackups, setBackupFolder } from "../../backup/folder";
import { takeBackup } from "../../backup/take";

export const backupHandlers: HandlersFor<keyof typeof backupApi> = {
  "backup.list": (ctx) => {
    const folder = backupFolder(ctx);
    return { folder, backups: listBackups(folder).map((b) => ({ ...b, bytes: statSync(b.file).size })) };
  },
  "backup.take": (ctx) => takeBackup(ctx, "tay"),
  "backup.setFolder": (ctx, input) => ({ folder: setBackupFolder(ctx, input.folder) }),
};
