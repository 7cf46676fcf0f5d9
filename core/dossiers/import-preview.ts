import type { AppContext } from "../context";
import type { TableInput } from "../import/table-reader";
import { otherUnitOf } from "./file-unit";
import { savedMappingFor } from "./import";
import { readDossierExport } from "./read-export";

/** What the wizard shows before anything is written: where the table is, its columns, values to decide, sample rows. */
export async function previewDossierImport(ctx: AppContext, input: TableInput, mapping?: Record<string, string>) {
  const r = await readDossierExport(input, { mapping, previewOnly: true, savedMapping: savedMappingFor(ctx) });
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
    skipped: r.skipped,
    otherUnit: otherUnitOf(ctx, r.fileUnits),
    encoding: r.encoding,
    savedMappingUsed: r.savedMappingUsed,
  };
}
