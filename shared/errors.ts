/**
 * An error a user must read: `message` is Vietnamese, one line, and says what
 * to do next where there is something to do. `code` is stable for programs.
 */
export class AppError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const isAppError = (e: unknown): e is AppError => e instanceof AppError;

/** The disk has no room left; with the store's file named when known. Nothing is damaged: no restore is needed. */
export function diskFullError(file?: string): AppError {
  return new AppError(
    "disk_full",
    file
      ? `Ổ đĩa chứa tệp dữ liệu "${file}" đã đầy nên không mở hoặc ghi được. Tệp không bị hỏng và dữ liệu không thay đổi, không cần khôi phục; hãy xóa bớt tệp không cần trên ổ đó rồi làm lại.`
      : "Ổ đĩa đã đầy nên không ghi được. Dữ liệu không thay đổi; hãy xóa bớt tệp không cần hoặc chọn ổ khác rồi làm lại.",
  );
}

/**
 * What the store or the disk said, as a clerk can act on it: another program
 * holding the store, a damaged file, or a full disk (naming the store's file
 * when given). Null for anything else.
 */
export function storageProblem(e: unknown, file?: string): AppError | null {
  const text = e instanceof Error ? `${(e as Error & { code?: string }).code ?? ""} ${e.message}` : String(e);
  if (/SQLITE_BUSY|database is locked/.test(text)) {
    return new AppError(
      "store_busy",
      `Tệp dữ liệu${file ? ` "${file}"` : ""} đang được sử dụng bởi một chương trình khác (ứng dụng hoặc lệnh cchc đang ghi); hãy thử lại sau ít giây. Dữ liệu không thay đổi.`,
    );
  }
  if (/SQLITE_CORRUPT|SQLITE_NOTADB|malformed/i.test(text)) {
    return new AppError("store_corrupt", "Tệp dữ liệu bị hỏng ở một phần, không đọc được. Dữ liệu không bị xóa; hãy khôi phục từ bản sao lưu gần nhất (cchc restore, xem cchc backup --list).");
  }
  if (/SQLITE_FULL|ENOSPC|database or disk is full|no space left/i.test(text)) return diskFullError(file);
  return null;
}
