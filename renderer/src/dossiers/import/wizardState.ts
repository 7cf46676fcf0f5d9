import { DOSSIER_FIELDS, isDossierField } from "../labels";
import type { ColumnMapping, DossierChannel, DossierStatus, ImportPreview, ImportResult, ValueMappings } from "../types";

export interface PickedFile {
  name: string;
  base64: string;
}

export type Busy = "reading" | "preview" | "dryRun" | "import" | null;

/** The choice "Bỏ qua những dòng này": the rows holding the value are left out and listed. */
export const SKIP = "skip" as const;
export type Skip = typeof SKIP;

/** What the clerk chose for each value the app did not know: what it means, or to skip its rows. */
export interface ValueChoices {
  status: Record<string, DossierStatus | Skip>;
  channel: Record<string, DossierChannel | Skip>;
}

export interface WizardState {
  step: number;
  file: PickedFile | null;
  preview: ImportPreview | null;
  mapping: ColumnMapping;
  values: ValueChoices;
  saveMapping: boolean;
  /** The clerk has read that the file is another unit's and imports it anyway. */
  otherUnitConfirmed: boolean;
  busy: Busy;
  error: { title: string; message: string } | null;
  result: ImportResult | null;
}

export const INITIAL_STATE: WizardState = {
  step: 0,
  file: null,
  preview: null,
  mapping: {},
  values: { status: {}, channel: {} },
  saveMapping: true,
  otherUnitConfirmed: false,
  busy: null,
  error: null,
  result: null,
};

export const STEP = { file: 0, columns: 1, values: 2, run: 3 } as const;

/** The mapping the preview reports, keeping only the fields the app knows. */
export function mappingOf(preview: ImportPreview): ColumnMapping {
  const mapping: ColumnMapping = {};
  for (const [field, header] of Object.entries(preview.mapping)) if (isDossierField(field) && header) mapping[field] = header;
  return mapping;
}

/** The choices already made for values still unknown in the new preview; the others are dropped. */
export function keepValueChoices(values: ValueChoices, preview: ImportPreview): ValueChoices {
  const pick = <T>(choices: Record<string, T>, still: string[]): Record<string, T> => Object.fromEntries(still.filter((v) => choices[v] !== undefined).map((v) => [v, choices[v] as T]));
  return { status: pick(values.status, preview.unknownValues.status), channel: pick(values.channel, preview.unknownValues.channel) };
}

export const hasUnknownValues = (preview: ImportPreview): boolean => preview.unknownValues.status.length > 0 || preview.unknownValues.channel.length > 0;

export const allValuesChosen = (preview: ImportPreview, values: ValueChoices): boolean =>
  preview.unknownValues.status.every((v) => values.status[v] !== undefined) && preview.unknownValues.channel.every((v) => values.channel[v] !== undefined);

/** The choices as the API takes them: the meanings (remembered for next time), and the values whose rows are skipped (not remembered). */
export function valueInput(values: ValueChoices): { valueMappings: ValueMappings; skipValues: { status: string[]; channel: string[] } } {
  const meanings = <T extends string>(choices: Record<string, T | Skip>) => Object.fromEntries(Object.entries(choices).filter((e): e is [string, T] => e[1] !== SKIP));
  const skipped = (choices: Record<string, string>) => Object.keys(choices).filter((v) => choices[v] === SKIP);
  return {
    valueMappings: { status: meanings(values.status), channel: meanings(values.channel) },
    skipValues: { status: skipped(values.status), channel: skipped(values.channel) },
  };
}

/**
 * The mapping as the API takes it: every field, with "" for a field read from no column. The importer lays a
 * given mapping over the columns it detects itself, so a field left out would be detected again.
 */
export const mappingInput = (mapping: ColumnMapping): Record<string, string> => Object.fromEntries(DOSSIER_FIELDS.map((field) => [field, mapping[field] ?? ""]));
