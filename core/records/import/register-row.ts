import type { IsoDate } from "../../../shared/dates";
import { readDateCell } from "../../import/cell-dates";
import type { Columns } from "../../import/column-spec";
import { flagOf } from "../../import/synonyms";
import type { RawCell } from "../../import/table-reader";
import { matchVocabulary, vocabularyExamples, type Vocabulary } from "./vocabulary";

/** Why a row cannot go in; thrown by RegisterRow's readers and caught by the import, which lists the row. */
export class RowRejected extends Error {}

/**
 * One data row of a register file, read field by field. A reader that
 * cannot make sense of a cell rejects the row with a Vietnamese reason that
 * names the column as the file writes it.
 */
export class RegisterRow<F extends string> {
  /** Things the clerk should know about this row that did not stop it going in. */
  readonly notes: string[] = [];

  constructor(
    readonly rowNumber: number,
    readonly cells: RawCell[],
    readonly texts: string[],
    readonly columns: Columns<F>,
    /** “Header” of a field, as the file writes it. */
    readonly column: (field: F) => string,
  ) {}

  has(field: F): boolean {
    return this.columns[field] !== undefined;
  }

  text(field: F): string {
    const i = this.columns[field];
    return i === undefined ? "" : (this.texts[i] ?? "");
  }

  cell(field: F): RawCell {
    const i = this.columns[field];
    return i === undefined ? null : (this.cells[i] ?? null);
  }

  optional(field: F): string | null {
    return this.text(field) || null;
  }

  reject(reason: string): never {
    throw new RowRejected(reason);
  }

  note(text: string): void {
    this.notes.push(text);
  }

  /** `what` names the value in the reason: "Thiếu họ và tên (cột “Họ và tên”)." */
  required(field: F, what: string): string {
    return this.text(field) || this.reject(`Thiếu ${what} (cột ${this.column(field)}).`);
  }

  date(field: F): IsoDate | null {
    const cell = this.cell(field);
    const read = typeof cell === "boolean" ? null : readDateCell(cell);
    if (read === null) this.reject(`Ngày “${this.text(field)}” ở cột ${this.column(field)} không phải ngày hợp lệ.`);
    return read ? read.value.slice(0, 10) : null;
  }

  requiredDate(field: F, what: string): IsoDate {
    return this.date(field) ?? this.reject(`Thiếu ${what} (cột ${this.column(field)}).`);
  }

  /** A value of an enumeration; null for a blank cell. */
  choice<K extends string>(field: F, vocabulary: Vocabulary<K>): K | null {
    const text = this.text(field);
    if (!text) return null;
    return matchVocabulary(vocabulary, text) ?? this.reject(`Giá trị “${text}” ở cột ${this.column(field)} không nhận ra; cần một trong: ${vocabularyExamples(vocabulary)}.`);
  }

  /** A column ticked with "x" or written Có/Không: a blank cell means no. */
  checkbox(field: F): boolean {
    const flag = flagOf(this.text(field));
    if (flag === undefined) this.reject(`Giá trị “${this.text(field)}” ở cột ${this.column(field)} phải là Có hoặc Không (hoặc đánh dấu x).`);
    return flag ?? false;
  }
}
