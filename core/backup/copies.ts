/**
 * Every copy of the store the app makes and knows where to find, so that
 * setting a passphrase reaches all of them: the backups in every folder
 * backups went to, the copy taken before a migration, a store a restore moved
 * aside; and the copies an interrupted backup, restore or upload leaves
 * half-written. Copies the user made elsewhere (cchc backup --out, a
 * whole-data file saved to a USB stick) are out of its reach.
 */
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { PRE_MIGRATION_COPY_SUFFIX } from "../../db/store";
import type { AppContext } from "../context";
import { backupFoldersEverUsed, listBackups, unfinishedBackups } from "./folder";
import { firstFreePath } from "../../shared/free-path";

/** A backup copied beside the store while a restore checks it. */
export const stagedRestorePath = (storePath: string) => `${storePath}.dang-khoi-phuc`;

/** A whole-data file the user brought, written beside the store while it is restored. */
export const uploadPath = (storePath: string) => `${storePath}.tai-len`;

const MOVED_ASIDE = /^\.hong-\d{8}-\d{6}(?:-\d+)?$/;

/** Where a store that cannot be opened goes, by the time it was moved ('YYYYMMDD-HHmmss'); never onto one moved before. */
export function movedAsidePath(storePath: string, stamp: string): string {
  return firstFreePath((n) => `${storePath}.hong-${stamp}${n > 1 ? `-${n}` : ""}`);
}

export interface StoreCopies {
  /** Whole copies, to be protected as the store is. */
  whole: string[];
  /** Half-written copies, of no use to anyone. */
  unfinished: string[];
}

export function storeCopies(ctx: AppContext): StoreCopies {
  const storePath = ctx.store.path;
  const base = path.basename(storePath);
  const besideStore = readdirSync(path.dirname(storePath))
    .filter((name) => name.startsWith(`${base}.`))
    .map((name) => ({ file: path.join(path.dirname(storePath), name), rest: name.slice(base.length) }));
  const folders = backupFoldersEverUsed(ctx);
  return {
    whole: [
      ...folders.flatMap((folder) => listBackups(folder).map((b) => b.file)),
      ...besideStore.filter(({ rest }) => PRE_MIGRATION_COPY_SUFFIX.test(rest) || MOVED_ASIDE.test(rest)).map(({ file }) => file),
    ],
    unfinished: [...folders.flatMap(unfinishedBackups), ...[stagedRestorePath(storePath), uploadPath(storePath)].filter((file) => existsSync(file))],
  };
}
