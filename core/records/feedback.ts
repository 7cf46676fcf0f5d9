import type { RecordTable } from "./record-table";

/** A citizen's feedback on a procedure (phản ánh, kiến nghị về TTHC). */
export interface PaknRecord {
  id: number;
  code: string | null;
  receivedDate: string;
  dueDate: string | null;
  resolvedDate: string | null;
  procedureName: string | null;
  field: string | null;
  content: string | null;
  senderName: string | null;
  channel: string | null;
  result: string | null;
}

export const PAKN_TABLE: RecordTable<PaknRecord> = {
  table: "pakn",
  noun: "phản ánh, kiến nghị",
  columns: {
    code: "code",
    receivedDate: "received_date",
    dueDate: "due_date",
    resolvedDate: "resolved_date",
    procedureName: "procedure_name",
    field: "field",
    content: "content",
    senderName: "sender_name",
    channel: "channel",
    result: "result",
  },
  searchable: ["code", "procedure_name", "field", "content", "sender_name"],
  orderBy: "received_date DESC, id DESC",
};

/** One round of satisfaction ratings for one field (or all fields when field is null). */
export interface SatisfactionRecord {
  id: number;
  periodFrom: string;
  periodTo: string;
  field: string | null;
  rated: number;
  satisfied: number;
  source: string | null;
}

export const SATISFACTION_TABLE: RecordTable<SatisfactionRecord> = {
  table: "satisfaction_ratings",
  noun: "kết quả đánh giá mức độ hài lòng",
  columns: { periodFrom: "period_from", periodTo: "period_to", field: "field", rated: "rated", satisfied: "satisfied", source: "source" },
  searchable: ["field", "source"],
  orderBy: "period_to DESC, fold(coalesce(field, ''))",
};
