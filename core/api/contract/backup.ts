/** The backup part of Cài đặt: where backups go, the ones kept, a backup now. */
import { z } from "zod";

const reason = z.enum(["hang-ngay", "truoc-nhap", "truoc-gop", "truoc-khoi-phuc", "tay"]);
const backup = z.object({ file: z.string(), takenAt: z.string(), reason, bytes: z.number().int() });

export const backupApi = {
  "backup.list": { input: z.object({}).strict(), output: z.object({ folder: z.string(), backups: z.array(backup) }) },
  "backup.take": { input: z.object({}).strict(), output: backup },
  "backup.setFolder": { input: z.object({ folder: z.string().max(1000).nullable() }).strict(), output: z.object({ folder: z.string() }) },
} as const;
