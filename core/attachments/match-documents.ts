/** The register entries a set of file names points to (the preview before a folder of scans is taken). */
import type { AppContext } from "../context";
import { matchFileNames, type FileMatch, type NumberedDocument } from "./file-number";

export interface MatchedDocument extends NumberedDocument {
  summary: string;
}

export function matchAgainstRegister(ctx: AppContext, fileNames: readonly string[]): { matches: FileMatch[]; documents: MatchedDocument[] } {
  const all = ctx.store.sqlite.prepare("SELECT id, number_symbol AS numberSymbol, date, summary FROM documents").all() as MatchedDocument[];
  const matches = matchFileNames(fileNames, all);
  const used = new Set(matches.flatMap((m) => (m.state === "khop" ? [m.documentId] : m.state === "nhieu" ? m.documentIds : [])));
  return { matches, documents: all.filter((d) => used.has(d.id)) };
}
