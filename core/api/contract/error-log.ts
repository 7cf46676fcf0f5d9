/** The error log (Cài đặt → Nhật ký lỗi): where it is, and its latest part to copy for support. */
import { z } from "zod";

export const errorLogApi = {
  "errorLog.get": {
    input: z.object({}).strict(),
    /** file: the newest log file's path; text: its last part (older file too when short), "" when nothing was logged. */
    output: z.object({ file: z.string(), text: z.string() }),
  },
} as const;
