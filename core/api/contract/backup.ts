/** The backup part of Cài đặt: where backups go, the ones kept, a backup now. */
import { z } from "zod";
import { uploadedFileBase64 } from "./upload";
import { BACKUP_REASON_KEYS } from "../../backup/labels";

const reason = z.enum(BACKUP_REASON_KEYS);
const backupPassphrase = z.string().min(1).max(500).optional();
const backup = z.object({ file: z.string(), takenAt: z.string(), reason, bytes: z.number().int() });

export const backupApi = {
  "backup.list": { input: z.object({}).strict(), output: z.object({ folder: z.string(), backups: z.array(backup) }) },
  "backup.take": { input: z.object({}).strict(), output: backup },
  "backup.setFolder": { input: z.object({ folder: z.string().max(1000).nullable() }).strict(), output: z.object({ folder: z.string() }) },
  /** A kept backup's bytes, to save elsewhere (a USB stick, the new PC). */
  "backup.file": { input: z.object({ file: z.string().max(1000) }).strict(), output: z.object({ fileName: z.string(), contentBase64: z.string() }) },
  /** Puts back a kept backup, or a whole-data file brought from another PC; the data as it was is kept for undo. */
  "backup.restore": {
    /** passphrase: the backup's own, when it is protected by another than the data's. */
    input: z.union([
      z.object({ file: z.string().max(1000), passphrase: backupPassphrase }).strict(),
      z.object({ fileName: z.string().min(1).max(260), contentBase64: uploadedFileBase64, passphrase: backupPassphrase }).strict(),
    ]),
    output: z.object({ undo: z.string().nullable(), restoredFrom: z.string() }),
  },
} as const;
