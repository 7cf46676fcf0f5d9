import type { HandlersFor } from "./handler-types";
import { importDossiers, savedMappingFor } from "../../dossiers/import";
import { readDossierExport } from "../../dossiers/read-export";
import { listImportBatches, undoDossierImport } from "../../dossiers/undo";

export const dossierImportHandlers: HandlersFor<"dossiers.importPreview" | "dossiers.import" | "dossiers.batches" | "dossiers.undoBatch"> = {
  "dossiers.importPreview": async (ctx, input) => {
    const r = await readDossierExport(
      { fileName: input.fileName, buffer: Buffer.from(input.contentBase64, "base64") },
      { mapping: input.mapping, previewOnly: true, savedMapping: savedMappingFor(ctx) },
    );
    return {
      fileName: input.fileName,
      format: r.format,
      sheetName: r.sheetName,
      headerRow: r.headerRow,
      headers: r.headers,
      mapping: r.mapping,
      unmappedHeaders: r.headers.filter((h) => h && !Object.values(r.mapping).includes(h)),
      missingFields: r.missingFields,
      unknownValues: r.unknownValues,
      sampleRows: r.sampleRows,
      dataRows: r.dataRows,
      encoding: r.encoding,
      savedMappingUsed: r.savedMappingUsed,
    };
  },
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
