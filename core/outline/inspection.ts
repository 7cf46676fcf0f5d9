import { eq } from "drizzle-orm";
import type { AppContext } from "../context";
import { settings } from "../../db/schema";
import { recordAudit } from "../audit";
import { localNow } from "../../shared/dates";
import { AppError } from "../../shared/errors";
import { nfcDeep } from "../../shared/text";
import type { InspectionInfo } from "./filled-types";

/** The visit an outline is answered for (seed 002: 13:30–17:00, 16/10/2025), kept in settings per outline. */
const keyOf = (outlineId: string) => `inspection:${outlineId}`;

export const NO_INSPECTION: InspectionInfo = { date: null, timeFrom: null, timeTo: null, team: null, place: null, responsible: {} };

export function getInspection(ctx: AppContext, outlineId: string): InspectionInfo {
  const row = ctx.store.db
    .select({ value: settings.value })
    .from(settings)
    .where(eq(settings.key, keyOf(outlineId)))
    .get();
  return { ...NO_INSPECTION, ...(row?.value as Partial<InspectionInfo> | undefined) };
}

export function setInspection(ctx: AppContext, outlineId: string, info: InspectionInfo): InspectionInfo {
  if (info.timeFrom && info.timeTo && info.timeFrom >= info.timeTo) {
    throw new AppError("inspection_bad_time", `Giờ kết thúc (${info.timeTo}) phải sau giờ bắt đầu (${info.timeFrom}).`);
  }
  const value: InspectionInfo = nfcDeep({
    ...info,
    team: info.team || null,
    place: info.place || null,
    responsible: Object.fromEntries(Object.entries(info.responsible).filter(([, name]) => name.trim() !== "")),
  });
  ctx.store.db.transaction((tx) => {
    const before = getInspection(ctx, outlineId);
    const updatedAt = localNow(ctx.now());
    tx.insert(settings)
      .values({ key: keyOf(outlineId), value, updatedAt })
      .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt } })
      .run();
    recordAudit(tx, { userName: ctx.userName, action: "sua", entity: "buoi_kiem_tra", entityId: outlineId, oldValue: before, newValue: value });
  });
  return value;
}
