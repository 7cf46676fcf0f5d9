/**
 * A document a department names as evidence that the commune's document
 * register does not hold: it enters the register, as the department's,
 * when the officer takes the evidence – inside the merge's transaction. Its
 * kind is told by its symbol (Nghị định 30/2020/NĐ-CP); what the register
 * would refuse refuses the reply.
 */
import type { AppContext } from "../context";
import { formatDateVi } from "../../shared/dates";
import { isLegalNormativeSymbol, kindFromSymbol } from "../records/import/document-kind";
import { saveToRegister } from "../records/registers/records";
import { recordSchemaOf, type RecordInput } from "../records/registers/schema";
import { vietnameseErrors } from "../zod-vietnamese";
import type { DepartmentPart } from "./format";
import { lowerFirst } from "../../shared/text";

type DocumentRef = DepartmentPart["evidence"][number]["answer"][number];

/** The register's record of a department's document: a document the commune issued ("đi"), on the department's behalf. */
function recordOf(d: DocumentRef, departmentCode: string): RecordInput {
  return {
    numberSymbol: d.numberSymbol,
    date: d.date,
    kind: kindFromSymbol(d.numberSymbol),
    summary: d.summary,
    direction: "di",
    isLegalNormative: isLegalNormativeSymbol(d.numberSymbol),
    departmentCode,
  };
}

/** Why the document could not enter the register, or null. */
export function newDocumentProblem(d: DocumentRef, itemKey: string, departmentCode: string): string | null {
  const record = recordOf(d, departmentCode);
  const why =
    record.kind === null ? `số, ký hiệu thiếu ký hiệu loại văn bản (ví dụ 12/QĐ-UBND)` : (recordSchemaOf("documents").safeParse(record, { error: vietnameseErrors }).error?.issues[0]?.message ?? null);
  return why && `Văn bản ${d.numberSymbol} ngày ${formatDateVi(d.date)} (minh chứng mục ${itemKey}) chưa có trong sổ văn bản nên sẽ được ghi vào sổ, nhưng ${lowerFirst(why)}`;
}

/** The document's id in the register: the one entered already (by an earlier item of the same reply), else a new record. */
export function registeredDocument(ctx: AppContext, d: DocumentRef, departmentCode: string): number {
  const found = ctx.store.sqlite.prepare<[string, string], number>("SELECT id FROM documents WHERE number_symbol = ? AND date = ?").pluck().get(d.numberSymbol, d.date);
  return found ?? Number(saveToRegister(ctx, "documents", recordOf(d, departmentCode)).id);
}
