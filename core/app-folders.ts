import { mkdirSync } from "node:fs";
import { backupFolder } from "./backup/folder";
import type { AppContext } from "./context";
import { AppError } from "../shared/errors";
import { outboxFolder } from "./outbox/outbox";

export const APP_FOLDERS = ["hop-thu-di", "sao-luu"] as const;
export type AppFolder = (typeof APP_FOLDERS)[number];

/** The only folders the desktop shell opens for the clerk (Hộp thư đi, the backups); created if not there yet. */
export function appFolder(ctx: AppContext, which: unknown): string {
  if (which !== "hop-thu-di" && which !== "sao-luu") throw new AppError("forbidden", "Ứng dụng chỉ mở thư mục Hộp thư đi và thư mục sao lưu.");
  const folder = which === "hop-thu-di" ? outboxFolder(ctx) : backupFolder(ctx);
  mkdirSync(folder, { recursive: true });
  return folder;
}
