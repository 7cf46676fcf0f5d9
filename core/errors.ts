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
