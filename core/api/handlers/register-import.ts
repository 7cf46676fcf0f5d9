import type { HandlersFor } from "./handler-types";
import { importRegister, previewRegisterImport, registerImportHistory, undoRegisterImport } from "../../records/import/register-import";

const fileOf = (input: { fileName: string; contentBase64: string }) => ({ fileName: input.fileName, buffer: Buffer.from(input.contentBase64, "base64") });

export const registerImportHandlers: HandlersFor<"registers.import.preview" | "registers.import.run" | "registers.import.history" | "registers.import.undo"> = {
  "registers.import.preview": (ctx, input) => previewRegisterImport(ctx, input.register, fileOf(input), input),
  "registers.import.run": async (ctx, input) => {
    const r = await importRegister(ctx, input.register, fileOf(input), input);
    return { ...r, rejectedFile: r.rejectedFile ? { fileName: r.rejectedFile.fileName, contentBase64: r.rejectedFile.content.toString("base64") } : null };
  },
  "registers.import.history": (ctx, input) => registerImportHistory(ctx, input.register),
  "registers.import.undo": (ctx, input) => undoRegisterImport(ctx, input.batchId),
};
