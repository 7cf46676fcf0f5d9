import type Database from "better-sqlite3";
import type { z } from "zod";
import type { dossierFilterSchema, dossierListQuerySchema, dossierRowSchema } from "../schemas/dossier";
import { addDays, type IsoDate } from "../../shared/dates";
import { daysOverdueSql, LATE_SQL } from "../indicators/dossier-rules";
import { searchCondition } from "./search";

export type DossierFilter = z.output<typeof dossierFilterSchema>;
type DossierQuery = z.output<typeof dossierListQuerySchema>;
export type DossierPage = Pick<DossierQuery, "offset" | "limit" | "sort">;
export type DossierRow = z.output<typeof dossierRowSchema>;

/** The dossiers a list is drawn from: a table expression, a condition on it and their parameters. */
export interface DossierSource {
  from: string;
  where: string;
  params: Record<string, string>;
}

const ALL_DOSSIERS: DossierSource = { from: "dossiers", where: "1", params: {} };

// The id breaks ties so that pages never overlap; NULL dates go last.
const ORDER: Record<DossierPage["sort"], string> = {
  receivedAt: "received_at, id",
  "-receivedAt": "received_at DESC, id DESC",
  code: "code",
  dueAt: "due_at NULLS LAST, id",
  resultAt: "result_at NULLS LAST, id",
};

const COLUMNS = `id, code, procedure_name AS procedureName, field, applicant_name AS applicantName,
  received_at AS receivedAt, due_at AS dueAt, result_at AS resultAt, status, status_raw AS statusRaw, channel,
  CASE WHEN status = 'result' THEN ${LATE_SQL} END AS late, ${daysOverdueSql("@today")} AS overdueDays`;

type StoredRow = Omit<DossierRow, "late"> & { late: 0 | 1 | null };

/** The filter as SQL conditions and their parameters (named apart from a source's @from, @to, @after, and from @today). */
function filterConditions(sqlite: Database.Database, filter: DossierFilter): { conditions: string[]; params: Record<string, string> } {
  const conditions: string[] = [];
  const params: Record<string, string> = {};
  const search = filter.search === undefined ? null : searchCondition(sqlite, filter.search);
  if (search) {
    conditions.push(search.sql);
    Object.assign(params, search.params);
  }
  if (filter.field !== undefined) {
    conditions.push("field = @field");
    params.field = filter.field;
  }
  if (filter.channel !== undefined) {
    conditions.push("channel = @channel");
    params.channel = filter.channel;
  }
  if (filter.status !== undefined) {
    conditions.push("status = @status");
    params.status = filter.status;
  }
  if (filter.from !== undefined) {
    conditions.push("received_at >= @receivedFrom");
    params.receivedFrom = filter.from;
  }
  if (filter.to !== undefined) {
    conditions.push("received_at < @receivedAfter");
    params.receivedAfter = addDays(filter.to, 1);
  }
  if (filter.lateOnly) conditions.push(`status = 'result' AND ${LATE_SQL}`);
  return { conditions, params };
}

/**
 * One page of dossiers matching the filter, in the asked order, with the
 * number of all that match. `late` is null for a dossier without a result;
 * `overdueDays` counts a dossier still being handled up to `today`.
 */
export function listDossiers(sqlite: Database.Database, query: DossierFilter & DossierPage, today: IsoDate, source: DossierSource = ALL_DOSSIERS): { total: number; rows: DossierRow[] } {
  const { conditions, params } = filterConditions(sqlite, query);
  const where = [source.where, ...conditions].map((c) => `(${c})`).join(" AND ");
  const bound = { ...source.params, ...params };
  const total = sqlite.prepare(`SELECT count(*) FROM ${source.from} WHERE ${where}`).pluck().get(bound) as number;
  const rows = sqlite
    .prepare(`SELECT ${COLUMNS} FROM ${source.from} WHERE ${where} ORDER BY ${ORDER[query.sort]} LIMIT @limit OFFSET @offset`)
    .all({ ...bound, today, limit: query.limit, offset: query.offset }) as StoredRow[];
  return { total, rows: rows.map((r) => ({ ...r, late: r.late === null ? null : r.late === 1 })) };
}

/** The fields (lĩnh vực) the dossiers carry, the most frequent first. */
export function dossierFields(sqlite: Database.Database): { field: string; count: number }[] {
  return sqlite.prepare("SELECT field, count(*) AS count FROM dossiers WHERE field IS NOT NULL AND field <> '' GROUP BY field ORDER BY count DESC, field").all() as { field: string; count: number }[];
}
