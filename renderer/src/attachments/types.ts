/** A register entry as the attachment screens name it. */
export interface DocumentRef {
  id: number;
  numberSymbol: string;
  /** YYYY-MM-DD */
  date: string;
  summary: string;
}
