import { useState } from "react";
import { call, errorMessage } from "../api";
import { readFileAsBase64 } from "../dossiers/files";
import { useList } from "../registers/useList";
import { checkFiles } from "./pickedFiles";

/** What became of the files the clerk added last: attached, already there (same content), refused (each message names its file). */
export interface AddOutcome {
  added: string[];
  already: string[];
  refused: string[];
}

/**
 * One document's files: the list, adding (each file checked here first, then
 * sent one by one, so one refusal leaves the others attached), removing.
 * `onChanged` runs after anything was added or removed (the register's counts).
 */
export function useDocumentFiles(documentId: number, onChanged: () => void) {
  const list = useList(`attachments-${documentId}`, () => call("attachments.list", { documentId }).then((r) => r.attachments), "");
  const [adding, setAdding] = useState(false);
  const [outcome, setOutcome] = useState<AddOutcome | null>(null);

  const add = async (files: readonly File[]) => {
    if (files.length === 0 || adding) return;
    setAdding(true);
    setOutcome(null);
    const result: AddOutcome = { added: [], already: [], refused: [] };
    try {
      for (const { file, problem } of await checkFiles(files)) {
        if (problem) {
          result.refused.push(problem);
          continue;
        }
        try {
          const answer = await call("attachments.add", { documentId, fileName: file.name, contentBase64: await readFileAsBase64(file) });
          (answer.added ? result.added : result.already).push(answer.attachment.fileName);
        } catch (e) {
          result.refused.push(`Tệp "${file.name}": ${errorMessage(e)}`);
        }
      }
    } finally {
      setOutcome(result);
      setAdding(false);
      if (result.added.length > 0) {
        list.reload();
        onChanged();
      }
    }
  };

  const remove = async (id: number) => {
    await call("attachments.remove", { id });
    setOutcome(null);
    list.reload();
    onChanged();
  };

  return { list, adding, outcome, add, remove, dismissOutcome: () => setOutcome(null) };
}
