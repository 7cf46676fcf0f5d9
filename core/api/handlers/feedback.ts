import type { HandlersFor } from "./handler-types";
import { deleteRecord, listRecords, saveRecord } from "../../records/record-table";
import { PAKN_TABLE, SATISFACTION_TABLE } from "../../records/feedback";

export const feedbackHandlers: HandlersFor<"pakn.list" | "pakn.save" | "pakn.delete" | "satisfaction.list" | "satisfaction.save" | "satisfaction.delete"> = {
  "pakn.list": (ctx, input) => listRecords(ctx, PAKN_TABLE, input.search),
  "pakn.save": (ctx, input) => saveRecord(ctx, PAKN_TABLE, input),
  "pakn.delete": (ctx, input) => {
    deleteRecord(ctx, PAKN_TABLE, input.id);
    return { deleted: true };
  },
  "satisfaction.list": (ctx, input) => listRecords(ctx, SATISFACTION_TABLE, input.search),
  "satisfaction.save": (ctx, input) => saveRecord(ctx, SATISFACTION_TABLE, input),
  "satisfaction.delete": (ctx, input) => {
    deleteRecord(ctx, SATISFACTION_TABLE, input.id);
    return { deleted: true };
  },
};
