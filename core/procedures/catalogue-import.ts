import type { AppContext } from "../context";
import { recordAudit } from "../audit";
import { localNow } from "../../shared/dates";
import { newBatchId } from "../import/batch-id";
import { AppError } from "../../shared/errors";
import { fold } from "../../shared/text";
import { cellTooLong, columnLabel, overlongCell, type ColumnSpec } from "../import/column-spec";
import { FIELD_LIMITS } from "../field-limits";
import { readRegister } from "../import/register-reader";
import { flagOf } from "../import/synonyms";
import type { TableInput } from "../import/table-reader";
import { beginWrite } from "../write-transaction";

export type ProcedureField = "code" | "name" | "field" | "atCentre" | "onlineEligible" | "onlineFull" | "onlineLevel" | "locationIndependent";

/** The columns of a commune's procedure catalogue (danh mục TTHC) as offices keep it in Excel. */
export const PROCEDURE_COLUMNS: ColumnSpec<ProcedureField> = {
  synonyms: {
    code: ["Mã thủ tục", "Mã TTHC", "Mã số TTHC", "Mã thủ tục hành chính", "Mã số thủ tục"],
    name: ["Tên thủ tục", "Tên thủ tục hành chính", "Tên TTHC", "Thủ tục hành chính"],
    field: ["Lĩnh vực", "Tên lĩnh vực"],
    atCentre: ["Thực hiện tại Trung tâm Phục vụ hành chính công", "Thực hiện tại TTPVHCC", "Tiếp nhận tại TTPVHCC", "Tại TTPVHCC", "Tiếp nhận tại bộ phận một cửa"],
    onlineEligible: ["Đủ điều kiện toàn trình", "Đủ điều kiện DVC trực tuyến toàn trình", "Đủ điều kiện cung cấp DVC trực tuyến toàn trình"],
    onlineFull: ["DVC trực tuyến toàn trình", "Toàn trình", "Đã cung cấp toàn trình trên Cổng DVCQG", "Cung cấp toàn trình"],
    onlineLevel: ["Mức độ DVC", "Mức độ dịch vụ công", "Mức độ DVCTT", "Dịch vụ công trực tuyến", "Mức độ"],
    locationIndependent: ["Không phụ thuộc địa giới hành chính", "Không phụ thuộc địa giới", "Phi địa giới"],
  },
  required: ["code", "name"],
  describes: "danh mục thủ tục hành chính của đơn vị",
};

/** A catalogue's texts are held to the limits of the procedure form; a flag or a level is a few words. */
const limitOf = (f: ProcedureField) => (f === "code" ? FIELD_LIMITS.code : f === "name" ? FIELD_LIMITS.title : FIELD_LIMITS.name);

interface ProcedureValues {
  code: string;
  name: string;
  field?: string | null;
  atCentre?: boolean | null;
  onlineEligible?: boolean | null;
  onlineFull?: boolean | null;
  locationIndependent?: boolean | null;
}

const COLUMN: Record<keyof ProcedureValues, string> = {
  code: "code",
  name: "name",
  field: "field",
  atCentre: "at_centre",
  onlineEligible: "online_eligible",
  onlineFull: "online_full",
  locationIndependent: "location_independent",
};

const FLAGS = ["atCentre", "onlineEligible", "onlineFull", "locationIndependent"] as const;

/** "Toàn trình" / "Một phần" in a level column. */
function levelOf(text: string): boolean | null | undefined {
  const v = fold(text);
  if (!v) return null;
  if (v.includes("toan trinh") || v === "muc do 4" || v === "4") return true;
  if (v.includes("mot phan") || v === "muc do 3" || v === "3" || v.includes("khong")) return false;
  return undefined;
}

export interface CatalogueImportResult {
  batchId: string;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: { row: number; reason: string }[];
  mapping: Record<string, string>;
}

/**
 * Imports the procedure catalogue: upserts by Mã thủ tục in one transaction,
 * only the columns the file has; bad rows are listed, the rest go in.
 */
export async function importProcedureCatalogue(ctx: AppContext, input: TableInput, options: { mapping?: Record<string, string> } = {}): Promise<CatalogueImportResult> {
  const sqlite = ctx.store.sqlite;
  const batchId = newBatchId(ctx.now());
  const counts = { inserted: 0, updated: 0, unchanged: 0 };
  const rejected: { row: number; reason: string }[] = [];
  const find = sqlite.prepare("SELECT * FROM procedures WHERE code = ?");
  const seen = new Map<string, number>();
  const transaction = beginWrite(sqlite);
  try {
    sqlite.prepare("INSERT INTO import_batches (id, kind, file_name, imported_by, imported_at) VALUES (?, 'procedures', ?, ?, ?)").run(batchId, input.fileName, ctx.userName, localNow(ctx.now()));
    const header = await readRegister(input, PROCEDURE_COLUMNS, options, ({ columns, missingFields }) => (row, texts) => {
      if (missingFields.length > 0) return;
      const at = (f: keyof typeof columns) => (columns[f] === undefined ? "" : (texts[columns[f]!] ?? ""));
      const reject = (reason: string) => rejected.push({ row: row.rowNumber, reason });
      const code = at("code");
      const name = at("name");
      const overlong = overlongCell(columns, texts, limitOf);
      if (overlong) return reject(cellTooLong(columnLabel(PROCEDURE_COLUMNS, overlong.field), overlong.limit));
      if (!code) return reject(`Thiếu mã thủ tục (cột ${columnLabel(PROCEDURE_COLUMNS, "code")}).`);
      if (!name) return reject(`Thiếu tên thủ tục (cột ${columnLabel(PROCEDURE_COLUMNS, "name")}).`);
      if (seen.has(code)) return reject(`Mã thủ tục “${code}” trùng với dòng ${seen.get(code)}.`);
      seen.set(code, row.rowNumber);
      const values: ProcedureValues = { code, name };
      if (columns.field !== undefined) values.field = at("field") || null;
      for (const f of FLAGS) {
        if (columns[f] === undefined) continue;
        const flag = flagOf(at(f));
        if (flag === undefined) return reject(`Giá trị “${at(f)}” ở cột ${columnLabel(PROCEDURE_COLUMNS, f)} phải là Có hoặc Không.`);
        values[f] = flag;
      }
      if (columns.onlineLevel !== undefined) {
        const full = levelOf(at("onlineLevel"));
        if (full === undefined) return reject(`Mức độ “${at("onlineLevel")}” ở cột ${columnLabel(PROCEDURE_COLUMNS, "onlineLevel")} phải là Toàn trình hoặc Một phần.`);
        if (values.onlineFull === undefined) values.onlineFull = full;
        if (values.onlineEligible === undefined && full) values.onlineEligible = true;
      }
      const keys = Object.keys(values) as (keyof ProcedureValues)[];
      const sqlValue = (k: keyof ProcedureValues) => (typeof values[k] === "boolean" ? (values[k] ? 1 : 0) : (values[k] ?? null));
      const existing = find.get(code) as Record<string, unknown> | undefined;
      if (!existing) {
        counts.inserted++;
        const cols = [...keys.map((k) => COLUMN[k]), "batch_id"];
        sqlite.prepare(`INSERT INTO procedures (${cols.join(", ")}) VALUES (${cols.map(() => "?").join(", ")})`).run(...keys.map(sqlValue), batchId);
        return;
      }
      const changed = keys.filter((k) => existing[COLUMN[k]] !== sqlValue(k));
      if (changed.length === 0) {
        counts.unchanged++;
        return;
      }
      counts.updated++;
      sqlite.prepare(`UPDATE procedures SET ${changed.map((k) => `${COLUMN[k]} = ?`).join(", ")} WHERE id = ?`).run(...changed.map(sqlValue), existing.id as number);
    });
    if (header.missingFields.length > 0) {
      throw new AppError(
        "import_missing_columns",
        `Tệp "${input.fileName}" thiếu cột ${header.missingFields.map((f) => columnLabel(PROCEDURE_COLUMNS, f)).join(" và ")} (dòng tiêu đề ${header.headerRow}).`,
      );
    }
    sqlite
      .prepare("UPDATE import_batches SET inserted = ?, updated = ?, unchanged = ?, rejected = ?, header_row = ?, sheet_name = ?, mapping = ? WHERE id = ?")
      .run(counts.inserted, counts.updated, counts.unchanged, rejected.length, header.headerRow, header.sheetName, JSON.stringify(header.mapping), batchId);
    recordAudit(ctx.store.db, { userName: ctx.userName, action: "nhap", entity: "procedures", entityId: batchId, newValue: { fileName: input.fileName, ...counts, rejected: rejected.length } });
    transaction.commit();
    return { batchId, ...counts, rejected, mapping: header.mapping };
  } catch (e) {
    transaction.rollback();
    throw e;
  }
}
