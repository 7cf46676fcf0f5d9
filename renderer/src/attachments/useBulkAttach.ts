import { useRef, useState } from "react";
import type { ApiOutput } from "../../../core/api/contract";
import type { FileMatch } from "../../../core/attachments/file-number";
import { call, errorMessage } from "../api";
import { readFileAsBase64 } from "../dossiers/files";
import { formatNumber } from "../format";
import { checkFiles, uploadChunks } from "./pickedFiles";
import type { DocumentRef } from "./types";

/** attachments.match takes at most this many names at once. */
export const MAX_FILES_PER_FOLDER = 5000;

/** One picked file in the preview: refused here, or matched (or not) to a register entry, and the entry it goes to. */
export interface BulkRow {
  key: number;
  file: File;
  /** The path inside the folder picked ("Quy 3/25-KH-UBND.pdf"), or the name alone. */
  shownName: string;
  problem: string | null;
  match: FileMatch | null;
  /** The entry it will be attached to: the one match, or the clerk's choice among several; null = left out. */
  documentId: number | null;
}

export interface BulkResult {
  added: number;
  already: number;
  /** How many documents received a new file. */
  documents: number;
  /** The refusal that stopped the later calls (the calls before it stay attached). */
  stopped: string | null;
  notSent: number;
}

type Phase = "pick" | "checking" | "preview" | "attaching" | "done";

const shownNameOf = (file: File) => file.webkitRelativePath || file.name;

/** The rows that will be attached when the clerk confirms. */
export const chosenRows = (rows: readonly BulkRow[]) => rows.filter((r) => r.problem === null && r.documentId !== null);

/**
 * Attaching a folder of scans: check each file, ask which entry each name
 * points to (attachments.match), let the clerk settle the names that point to
 * several, then attach in calls the upload limit allows (each call one
 * transaction). Nothing is taken before “Đính kèm”.
 */
export function useBulkAttach(onAttached: () => void) {
  const [phase, setPhase] = useState<Phase>("pick");
  const [rows, setRows] = useState<BulkRow[]>([]);
  const [documents, setDocuments] = useState<Map<number, DocumentRef>>(new Map());
  const [error, setError] = useState<string | null>(null);
  const [progress, setProgress] = useState({ sent: 0, total: 0 });
  const [result, setResult] = useState<BulkResult | null>(null);
  const attempt = useRef(0);

  const restart = () => {
    attempt.current += 1;
    setPhase("pick");
    setRows([]);
    setError(null);
    setResult(null);
  };

  const pick = async (files: readonly File[]) => {
    restart();
    if (files.length > MAX_FILES_PER_FOLDER) {
      setError(`Đã chọn ${formatNumber(files.length)} tệp; mỗi lần chỉ đính kèm được tối đa ${formatNumber(MAX_FILES_PER_FOLDER)} tệp. Hãy chọn từng thư mục con.`);
      return;
    }
    const id = attempt.current;
    setPhase("checking");
    try {
      const checked = await checkFiles(files);
      const accepted = checked.filter((c) => c.problem === null);
      const answer: ApiOutput<"attachments.match"> = accepted.length ? await call("attachments.match", { fileNames: accepted.map((c) => c.file.name) }) : { matches: [], documents: [] };
      if (id !== attempt.current) return;
      const matchOf = new Map(accepted.map((c, i) => [c.file, answer.matches[i] ?? null]));
      setDocuments(new Map(answer.documents.map((d) => [d.id, d])));
      setRows(
        checked.map(({ file, problem }, key) => {
          const match = matchOf.get(file) ?? null;
          return { key, file, shownName: shownNameOf(file), problem, match, documentId: match?.state === "khop" ? match.documentId : null };
        }),
      );
      setPhase("preview");
    } catch (e) {
      if (id !== attempt.current) return;
      setError(errorMessage(e));
      setPhase("pick");
    }
  };

  const choose = (key: number, documentId: number | null) => setRows((all) => all.map((r) => (r.key === key ? { ...r, documentId } : r)));

  const attach = async () => {
    const chosen = chosenRows(rows);
    if (chosen.length === 0) return;
    setPhase("attaching");
    setError(null);
    setProgress({ sent: 0, total: chosen.length });
    const done: BulkResult = { added: 0, already: 0, documents: 0, stopped: null, notSent: 0 };
    const receiving = new Set<number>();
    let sent = 0;
    for (const chunk of uploadChunks(chosen, (r) => r.file.size)) {
      try {
        const items = await Promise.all(chunk.map(async (r) => ({ documentId: r.documentId!, fileName: r.file.name, contentBase64: await readFileAsBase64(r.file) })));
        const answer = await call("attachments.addMany", { items });
        for (const a of answer.attached) {
          if (!a.added) done.already += 1;
          else {
            done.added += 1;
            receiving.add(a.attachment.documentId);
          }
        }
        sent += chunk.length;
        setProgress({ sent, total: chosen.length });
      } catch (e) {
        done.stopped = errorMessage(e);
        done.notSent = chosen.length - sent;
        break;
      }
    }
    done.documents = receiving.size;
    setResult(done);
    setPhase("done");
    if (done.added > 0) onAttached();
  };

  return { phase, rows, documents, error, progress, result, pick, choose, attach, restart };
}
