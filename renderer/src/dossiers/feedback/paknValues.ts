import type { Dayjs } from "dayjs";
import { fromIso, toIso } from "./dates";
import type { PaknInput, PaknRecord } from "./types";

/** The form's values: text as typed (blank = none), dates as the pickers hold them. */
export interface PaknValues {
  code: string;
  receivedDate: Dayjs | null;
  dueDate: Dayjs | null;
  resolvedDate: Dayjs | null;
  procedureName: string;
  field: string;
  senderName: string;
  channel: string;
  content: string;
  result: string;
}

export function toPaknValues(r: PaknRecord | null): PaknValues {
  return {
    code: r?.code ?? "",
    receivedDate: fromIso(r?.receivedDate ?? null),
    dueDate: fromIso(r?.dueDate ?? null),
    resolvedDate: fromIso(r?.resolvedDate ?? null),
    procedureName: r?.procedureName ?? "",
    field: r?.field ?? "",
    senderName: r?.senderName ?? "",
    channel: r?.channel ?? "",
    content: r?.content ?? "",
    result: r?.result ?? "",
  };
}

const text = (value: string | undefined): string | null => value?.trim() || null;

/** The values to send; the form has already made sure the date received is there. */
export function toPaknInput(v: PaknValues, id: number | undefined): PaknInput {
  const input: PaknInput = {
    code: text(v.code),
    receivedDate: toIso(v.receivedDate) ?? "",
    dueDate: toIso(v.dueDate),
    resolvedDate: toIso(v.resolvedDate),
    procedureName: text(v.procedureName),
    field: text(v.field),
    senderName: text(v.senderName),
    channel: text(v.channel),
    content: text(v.content),
    result: text(v.result),
  };
  return id === undefined ? input : { ...input, id };
}
