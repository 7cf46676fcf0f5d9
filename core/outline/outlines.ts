import { eq, like } from "drizzle-orm";
import type { AppContext } from "../context";
import { settings } from "../../db/schema";
import { recordAudit } from "../audit";
import { localNow, type IsoDate } from "../../shared/dates";
import { AppError } from "../../shared/errors";
import { activeCatalogue } from "../indicators/active-catalogue";
import { getInspection } from "./inspection";
import { BUILTIN_OUTLINES, builtinOutlineFile, parseOutline, readOutlineFile, type OutlineTemplate } from "./template";

/** Settings keys holding the outlines a user loaded: "outline_template:<id>". */
const KEY_PREFIX = "outline_template:";

interface StoredOutline {
  fileName: string;
  outline: unknown;
}

export interface OutlineInfo {
  id: string;
  kind: OutlineTemplate["kind"];
  name: string;
  fileName: string | null;
  builtin: boolean;
  periods: NonNullable<OutlineTemplate["periods"]> | null;
  defaultPeriod: string | null;
  /** The day of the inspection visit the clerk has set for it, if any. */
  inspectionDate: IsoDate | null;
}

const builtinCache = new Map<string, OutlineTemplate>();

function builtinOutline(ctx: AppContext, id: string): OutlineTemplate {
  let outline = builtinCache.get(id);
  if (!outline) {
    outline = readOutlineFile(builtinOutlineFile(id), activeCatalogue(ctx));
    builtinCache.set(id, outline);
  }
  return outline;
}

function storedOutlines(ctx: AppContext): Map<string, StoredOutline> {
  const rows = ctx.store.db
    .select()
    .from(settings)
    .where(like(settings.key, `${KEY_PREFIX}%`))
    .all();
  return new Map(rows.map((r) => [r.key.slice(KEY_PREFIX.length), r.value as StoredOutline]));
}

const infoOf = (ctx: AppContext, o: OutlineTemplate, fileName: string | null): OutlineInfo => ({
  id: o.id,
  kind: o.kind,
  name: o.name,
  fileName,
  builtin: fileName === null,
  periods: o.periods ?? null,
  defaultPeriod: o.defaultPeriod ?? null,
  inspectionDate: getInspection(ctx, o.id).date,
});

/** An outline and the file it was loaded from (null when built in). A loaded outline replaces a built-in one with the same id. */
export function getOutline(ctx: AppContext, id: string): { outline: OutlineTemplate; fileName: string | null } {
  const stored = storedOutlines(ctx).get(id);
  if (stored) return { outline: parseOutline(stored.outline, stored.fileName, activeCatalogue(ctx)), fileName: stored.fileName };
  if ((BUILTIN_OUTLINES as readonly string[]).includes(id)) return { outline: builtinOutline(ctx, id), fileName: null };
  throw new AppError("outline_not_found", `Không có đề cương "${id}". Hãy chọn một đề cương trong danh sách hoặc tải tệp đề cương lên.`);
}

export function listOutlines(ctx: AppContext): OutlineInfo[] {
  const stored = storedOutlines(ctx);
  const builtins = BUILTIN_OUTLINES.filter((id) => !stored.has(id)).map((id) => infoOf(ctx, builtinOutline(ctx, id), null));
  const loaded = [...stored].map(([id, s]) => {
    const { outline } = getOutline(ctx, id);
    return infoOf(ctx, outline, s.fileName);
  });
  return [...builtins, ...loaded];
}

/**
 * Keeps an outline file (next year's, another province's) for later use,
 * without a new build. A file that fails validation is refused and nothing
 * changes; one with the id of a kept outline replaces it.
 */
export function loadOutline(ctx: AppContext, file: { fileName: string; text: string }): OutlineTemplate {
  let json: unknown;
  try {
    json = JSON.parse(file.text);
  } catch (e) {
    throw new AppError("outline_unreadable", `Tệp đề cương "${file.fileName}" không phải JSON hợp lệ: ${(e as Error).message}`);
  }
  const outline = parseOutline(json, file.fileName, activeCatalogue(ctx));
  const key = `${KEY_PREFIX}${outline.id}`;
  const value: StoredOutline = { fileName: file.fileName, outline: json };
  ctx.store.db.transaction((tx) => {
    const updatedAt = localNow(ctx.now());
    tx.insert(settings).values({ key, value, updatedAt }).onConflictDoUpdate({ target: settings.key, set: { value, updatedAt } }).run();
    recordAudit(tx, { userName: ctx.userName, action: "tao", entity: "de_cuong", entityId: outline.id, newValue: { fileName: file.fileName, name: outline.name } });
  });
  return outline;
}

/** Forgets a loaded outline (its texts and evidence links stay in the store). */
export function removeOutline(ctx: AppContext, id: string): void {
  const key = `${KEY_PREFIX}${id}`;
  ctx.store.db.transaction((tx) => {
    const removed = tx.delete(settings).where(eq(settings.key, key)).returning().get();
    if (!removed) throw new AppError("outline_not_loaded", `Đề cương "${id}" là đề cương có sẵn của ứng dụng hoặc chưa được tải lên nên không gỡ được.`);
    recordAudit(tx, { userName: ctx.userName, action: "xoa", entity: "de_cuong", entityId: id, oldValue: { fileName: (removed.value as StoredOutline).fileName } });
  });
}
