/** What the CSV reader takes at most: far above a real export, far below what could exhaust an office PC. */
export const CSV_LIMITS = {
  /** A commune's one-stop export of 200.000 dossiers is about 50 MB as CSV; the file is read whole. */
  fileBytes: 64 * 1024 * 1024,
  /**
   * Excel's own limit for a cell: no spreadsheet writes a longer one. The
   * parser keeps no more of a cell than this, which is still above every
   * field's limit (FIELD_LIMITS), so the row is rejected, not stored.
   */
  cellChars: 32_767,
} as const;
