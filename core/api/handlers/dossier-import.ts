import type { HandlersFor } from "./handler-types";
import { importDossiers } from "../../dossiers/import";
import { previewDossierImport } from "../../dossiers/import-preview";
import { listImportBatches, undoDossierImport } from "../../dossiers/undo";

export const dossierImportHandlers: HandlersFor<"dossiers.importPreview" | "dossiers.import" | "dossiers.batches" | "dossiers.undoBatch"> = {
  "dossiers.importPreview": (ctx, input) => previewDossierImport(ctx, { fileName: input.fileName, buffer: Buffer.from(input.contentBase64, "base64") }, input.mapping),
  "dossiers.import": async (ctx, input) => {
    const r = await importDossiers(ctx, { fileName: input.fileName, buffer: Buffer.from(input.contentBase64, "base64") }, input);
    return {
      ...r,
      rejectedFile: r.rejectedFile ? { fileName: r.rejectedFile.fileName, contentBase64: r.rejectedFile.content.toString("base64") } : null,
    };
  },
  "dossiers.batches": (ctx) => listImportBatches(ctx),
  "dossiers.undoBatch": (ctx, input) => undoDossierImport(ctx, input.batchId),
};
