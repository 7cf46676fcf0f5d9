import type { Db } from "../db/store";
import { auditLog } from "../db/schema";

export interface AuditEntry {
  userName: string;
  action: "tao" | "sua" | "xoa" | "nhap" | "hoan_tac" | "xuat" | "khoi_phuc";
  entity: string;
  entityId?: string | number | null;
  oldValue?: unknown;
  newValue?: unknown;
}

/** Records one change; call inside the transaction that makes the change. */
export function recordAudit(db: Db, e: AuditEntry): void {
  db.insert(auditLog)
    .values({
      userName: e.userName,
      action: e.action,
      entity: e.entity,
      entityId: e.entityId == null ? null : String(e.entityId),
      oldValue: e.oldValue ?? null,
      newValue: e.newValue ?? null,
    })
    .run();
}
