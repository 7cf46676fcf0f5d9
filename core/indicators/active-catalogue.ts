import { eq } from "drizzle-orm";
import type { AppContext } from "../context";
import { settings } from "../../db/schema";
import { recordAudit } from "../audit";
import { localNow } from "../../shared/dates";
import { AppError } from "../../shared/errors";
import { defaultCatalogue, parseCatalogue, type Catalogue } from "./catalogue";

/** The settings key holding a template the user loaded in place of the built-in Phụ lục 3. */
const TEMPLATE_KEY = "phu_luc_3_template";

interface StoredTemplate {
  fileName: string;
  catalogue: unknown;
}

function storedTemplate(ctx: AppContext): StoredTemplate | null {
  const row = ctx.store.db.select({ value: settings.value }).from(settings).where(eq(settings.key, TEMPLATE_KEY)).get();
  return (row?.value as StoredTemplate | undefined) ?? null;
}

/** The Phụ lục 3 template in use: the one the user loaded (re-validated), else the built-in one. */
export function activeCatalogue(ctx: AppContext): Catalogue {
  const stored = storedTemplate(ctx);
  return stored ? parseCatalogue(stored.catalogue, stored.fileName) : defaultCatalogue();
}

export function activeTemplateInfo(ctx: AppContext): { fileName: string | null; id: string; title: string; indicators: number } {
  const catalogue = activeCatalogue(ctx);
  return {
    fileName: storedTemplate(ctx)?.fileName ?? null,
    id: catalogue.id,
    title: catalogue.title,
    indicators: catalogue.sections.reduce((n, s) => n + s.indicators.length, 0),
  };
}

/**
 * Loads a province's own template (a JSON file shaped like
 * templates/phu-luc-3.json) for every later report, without a new build; a
 * file that fails validation is refused and nothing changes. Null goes back
 * to the built-in template.
 */
export function setActiveTemplate(ctx: AppContext, template: { fileName: string; text: string } | null): void {
  let value: StoredTemplate | null = null;
  if (template) {
    let json: unknown;
    try {
      json = JSON.parse(template.text);
    } catch (e) {
      throw new AppError("catalogue_unreadable", `Tệp danh mục chỉ tiêu "${template.fileName}" không phải JSON hợp lệ: ${(e as Error).message}`);
    }
    parseCatalogue(json, template.fileName);
    value = { fileName: template.fileName, catalogue: json };
  }
  ctx.store.db.transaction((tx) => {
    const before = storedTemplate(ctx);
    if (value) {
      const updatedAt = localNow(ctx.now());
      tx.insert(settings).values({ key: TEMPLATE_KEY, value, updatedAt }).onConflictDoUpdate({ target: settings.key, set: { value, updatedAt } }).run();
    } else {
      tx.delete(settings).where(eq(settings.key, TEMPLATE_KEY)).run();
    }
    recordAudit(ctx.store.db, {
      userName: ctx.userName,
      action: value ? "sua" : "xoa",
      entity: "settings",
      entityId: TEMPLATE_KEY,
      oldValue: before ? { fileName: before.fileName } : null,
      newValue: value ? { fileName: value.fileName } : null,
    });
  });
}
