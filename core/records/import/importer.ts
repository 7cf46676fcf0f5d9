import type Database from "better-sqlite3";
import type { ImportableRegister } from "../../schemas/importable-register";
import type { IsoDate } from "../../../shared/dates";
import type { ColumnSpec } from "../../import/column-spec";
import type { RegisterRow } from "./register-row";

export type SqlValue = string | number | null;

/** A row of a table, by SQL column; a column left out takes the table's default. */
export type TableRow = Record<string, SqlValue>;

/** What one data row of a register file becomes. */
export interface ImportedRecord {
  values: TableRow;
  /** Rows of other tables that belong to it (a staff member's status), inserted with its id in `parentColumn`. */
  children?: { table: string; parentColumn: string; values: TableRow }[];
}

/** What a register's row reader may look at, once per file. */
export interface ReaderSetup {
  sqlite: Database.Database;
  /** The year the user said the file is about (plans); the current year where it was not asked. */
  year: number;
  today: IsoDate;
}

/** How one register kept in Excel is imported into its table. */
export interface RegisterImporter<F extends string> {
  register: ImportableRegister;
  table: string;
  /** The register as the clerk calls it, for messages: "danh sách cán bộ, công chức". */
  title: string;
  spec: ColumnSpec<F>;
  /** Columns that make two rows the same record (text compared folded), … */
  keyColumns: string[];
  /** … and how a message says so: "cùng họ và tên, ngày sinh". */
  keyDescription: string;
  /** What the import assumes when the file has no such column: "các đơn được ghi là không thuộc thẩm quyền." */
  absentColumnNotes?: Partial<Record<F, string>>;
  /** The user must say which year the file is about. */
  needsYear?: boolean;
  /** What reads each data row; it returns null for a row that is no record (a section title). */
  rowReader(setup: ReaderSetup): (row: RegisterRow<F>) => ImportedRecord | null;
}
