/** A row as every reader (xlsx, csv) hands it to the imports. */
export type RawCell = string | number | boolean | Date | null;

export interface RawRow {
  /** As the spreadsheet or text editor shows it: 1-based. */
  rowNumber: number;
  cells: RawCell[];
}
