import { DOCUMENT_COLUMNS, type DocumentField } from "./document-columns";
import { isLegalNormativeSymbol, kindFromColumn, kindFromSymbol } from "./document-kind";
import type { RegisterImporter } from "./importer";
import type { RegisterRow } from "./register-row";

const flag = (row: RegisterRow<DocumentField>, field: DocumentField) => (row.has(field) ? (row.checkbox(field) ? 1 : 0) : null);

export const DOCUMENT_IMPORT: RegisterImporter<DocumentField> = {
  register: "documents",
  table: "documents",
  title: "sổ văn bản đi",
  spec: DOCUMENT_COLUMNS,
  keyColumns: ["number_symbol", "date"],
  keyDescription: "cùng số, ký hiệu và ngày",
  rowReader: () => (row) => {
    const numberSymbol = row.required("numberSymbol", "số, ký hiệu");
    const kind = row.text("kind") ? kindFromColumn(row.text("kind")) : kindFromSymbol(numberSymbol);
    return {
      values: {
        number_symbol: numberSymbol,
        date: row.requiredDate("date", "ngày văn bản"),
        kind: kind ?? row.reject(`Không rõ loại văn bản: cột ${row.column("kind")} trống và số, ký hiệu “${numberSymbol}” không cho biết loại.`),
        summary: row.required("summary", "trích yếu nội dung"),
        issuer: row.optional("issuer"),
        direction: "di",
        is_legal_normative: (row.text("legalNormative") ? row.checkbox("legalNormative") : isLegalNormativeSymbol(numberSymbol)) ? 1 : 0,
        electronic: flag(row, "electronic"),
        digitally_signed: flag(row, "digitallySigned"),
      },
    };
  },
};
