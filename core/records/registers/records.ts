/** A register's records by its key: listed, saved, deleted through its record table. */
import type { AppContext } from "../../context";
import { deleteRecord, listRecords, saveRecord } from "../record-table";
import type { RegisterRow } from "./descriptor";
import type { RegisterKey } from "./keys";
import type { RecordInput } from "./schema";
import { recordTableOf } from "./table";

export const listRegister = (ctx: AppContext, key: RegisterKey, search?: string): RegisterRow[] => listRecords(ctx, recordTableOf(key), search);

export const saveToRegister = (ctx: AppContext, key: RegisterKey, record: RecordInput): RegisterRow => saveRecord(ctx, recordTableOf(key), record);

export function deleteFromRegister(ctx: AppContext, key: RegisterKey, id: number): { deleted: true } {
  deleteRecord(ctx, recordTableOf(key), id);
  return { deleted: true };
}
