import type { BackupReason } from "../backup/labels";
import type { ApiMethod } from "./contract";

/** The calls that write many records at once: the store is backed up before each (not before a dry run), and the call is refused if the backup cannot be taken. */
export const BACKUP_BEFORE: Partial<Record<ApiMethod, BackupReason>> = {
  "dossiers.import": "truoc-nhap",
  "procedures.import": "truoc-nhap",
  "registers.import.run": "truoc-nhap",
  "packages.apply": "truoc-gop",
  // The way back from the demo to the unit as it was just set up: restore this backup.
  "demo.load": "truoc-nhap",
};
