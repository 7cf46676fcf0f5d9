/**
 * The row → indicator choices a user made for a province form, remembered per
 * form: the next fill of the same form reuses them.
 */
import { and, eq } from "drizzle-orm";
import { savedMappings } from "../../db/schema";
import { recordAudit } from "../audit";
import type { AppContext } from "../context";
import type { Report } from "../indicators/report-types";
import { fillForm, type FillResult, type FormFile } from "./fill-form";
import type { RowMapping } from "./row-matching";

export const FILL_FORM_KIND = "fill-form";

const where = (signature: string) => and(eq(savedMappings.kind, FILL_FORM_KIND), eq(savedMappings.headerSignature, signature));

/** JSON keys are strings; rows are numbers. */
const toMapping = (stored: unknown): RowMapping => Object.fromEntries(Object.entries((stored ?? {}) as Record<string, string | null>).map(([row, code]) => [Number(row), code]));

export function loadFormMapping(ctx: AppContext, signature: string): RowMapping | null {
  const row = ctx.store.db.select().from(savedMappings).where(where(signature)).get();
  return row ? toMapping(row.values) : null;
}

/** Remembers the choices for this form (replacing what was remembered), audited. */
export function saveFormMapping(ctx: AppContext, signature: string, mapping: RowMapping, columns: { sheet: string; label: string; value: string }): void {
  ctx.store.sqlite.transaction(() => {
    const old = loadFormMapping(ctx, signature);
    const row = { kind: FILL_FORM_KIND, headerSignature: signature, columns, values: mapping, createdBy: ctx.userName };
    ctx.store.db
      .insert(savedMappings)
      .values(row)
      .onConflictDoUpdate({ target: [savedMappings.kind, savedMappings.headerSignature], set: row })
      .run();
    recordAudit(ctx.store.db, {
      userName: ctx.userName,
      action: old ? "sua" : "tao",
      entity: "saved_mappings",
      entityId: `${FILL_FORM_KIND}:${signature.slice(0, 12)}`,
      oldValue: old,
      newValue: { ...columns, mapping },
    });
  })();
}

/**
 * Fills the form with the choices remembered for it and the user's over
 * them; with `saveMapping`, remembers the choices in force for next time.
 */
export async function fillFormRemembering(ctx: AppContext, file: FormFile, report: Report, options: { mapping?: RowMapping; saveMapping?: boolean }): Promise<FillResult & { mappingSaved: boolean }> {
  const result = await fillForm(file, report, { mapping: options.mapping, savedMapping: (signature) => loadFormMapping(ctx, signature) });
  const mappingSaved = Boolean(options.saveMapping) && Object.keys(result.mapping).length > 0;
  if (mappingSaved) saveFormMapping(ctx, result.signature, result.mapping, { sheet: result.sheetName, label: result.labelColumn, value: result.valueColumn });
  return { ...result, mappingSaved };
}
