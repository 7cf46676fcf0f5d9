import { useRef, useState } from "react";
import type { ImportableRegister } from "../../../../core/api/contract";
import { call, errorMessage } from "../../api";
import { importFormatOf, readFileAsBase64 } from "../../dossiers/files";
import { formatMegabytes, UPLOAD_FILE_BYTES } from "../../../../core/file-size";
import type { FieldMapping, RegisterImportPreview, RegisterImportResult } from "./types";

export type ImportBusy = "reading" | "preview" | "dryRun" | "import" | null;

export interface ImportState {
  file: { name: string; base64: string } | null;
  preview: RegisterImportPreview | null;
  mapping: FieldMapping;
  busy: ImportBusy;
  error: { title: string; message: string } | null;
  result: RegisterImportResult | null;
}

const INITIAL: ImportState = { file: null, preview: null, mapping: {}, busy: null, error: null, result: null };

/** Why a picked file cannot be read, before it is sent; null when it can. */
function fileProblem(file: File): string | null {
  if (!importFormatOf(file.name)) return `Tệp "${file.name}" không phải tệp Excel (.xlsx) hoặc .csv. Tệp .xls cũ: hãy mở bằng Excel và lưu lại dạng .xlsx.`;
  if (file.size > UPLOAD_FILE_BYTES) return `Tệp "${file.name}" quá lớn để nhập (quá ${formatMegabytes(UPLOAD_FILE_BYTES)}).`;
  return null;
}

/** The mapping as the API takes it: every field, "" for one read from no column (else it would be detected again). */
const mappingInput = (preview: RegisterImportPreview, mapping: FieldMapping) => Object.fromEntries(preview.fields.map((f) => [f.field, mapping[f.field] ?? ""]));

/**
 * The steps of importing one register file: read and preview it, let the
 * user fix the columns, try it without writing, run it. Answers that come
 * after a newer request are dropped.
 */
export function useRegisterImport(register: ImportableRegister, year: number | null, onImported: () => void) {
  const [state, setState] = useState<ImportState>(INITIAL);
  const request = useRef(0);
  const patch = (p: Partial<ImportState>) => setState((s) => ({ ...s, ...p }));

  const attempt = async (busy: ImportBusy, failure: string, job: () => Promise<Partial<ImportState>>) => {
    const id = ++request.current;
    patch({ busy, error: null, result: null });
    try {
      const done = await job();
      if (id === request.current) patch({ ...done, busy: null });
    } catch (e) {
      if (id === request.current) patch({ busy: null, error: { title: failure, message: errorMessage(e) } });
    }
  };
  const common = { register, year: year ?? undefined };

  const pickFile = (picked: File) => {
    const problem = fileProblem(picked);
    if (problem) return patch({ error: { title: "Không nhận loại tệp này", message: problem } });
    return attempt("reading", "Không đọc được tệp", async () => {
      const file = { name: picked.name, base64: await readFileAsBase64(picked) };
      const preview = await call("registers.import.preview", { ...common, fileName: file.name, contentBase64: file.base64 });
      return { file, preview, mapping: preview.mapping };
    });
  };

  const remap = (field: string, header: string | null) => {
    const { file, preview } = state;
    if (!file || !preview) return;
    const mapping = { ...state.mapping };
    if (header === null) delete mapping[field];
    else mapping[field] = header;
    patch({ mapping });
    return attempt("preview", "Không đọc lại được tệp với cách ghép cột mới", async () => ({
      preview: await call("registers.import.preview", { ...common, fileName: file.name, contentBase64: file.base64, mapping: mappingInput(preview, mapping) }),
    }));
  };

  const run = (dryRun: boolean) => {
    const { file, preview } = state;
    if (!file || !preview) return;
    return attempt(dryRun ? "dryRun" : "import", dryRun ? "Không nhập thử được" : "Không nhập được", async () => {
      const result = await call("registers.import.run", { ...common, fileName: file.name, contentBase64: file.base64, mapping: mappingInput(preview, state.mapping), dryRun });
      if (!result.dryRun) onImported();
      return { result };
    });
  };

  const restart = () => {
    request.current += 1;
    setState(INITIAL);
  };

  // A trial run counted against the register as it was: once the register changes (an import undone), its counts no longer hold.
  const forgetTrial = () => setState((s) => (s.result?.dryRun ? { ...s, result: null } : s));

  return { state, pickFile, remap, run, restart, forgetTrial, dismissError: () => patch({ error: null }) };
}
