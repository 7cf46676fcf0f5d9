import type { HandlersFor } from "./handler-types";
import { deleteProcedure, listProcedures, saveProcedure } from "../../procedures/catalogue";
import { importProcedureCatalogue } from "../../procedures/catalogue-import";

export const procedureHandlers: HandlersFor<"procedures.list" | "procedures.save" | "procedures.delete" | "procedures.import"> = {
  "procedures.list": (ctx, input) => listProcedures(ctx, input.search),
  "procedures.save": (ctx, input) => saveProcedure(ctx, input),
  "procedures.delete": (ctx, input) => {
    deleteProcedure(ctx, input.id);
    return { deleted: true };
  },
  "procedures.import": (ctx, input) => importProcedureCatalogue(ctx, { fileName: input.fileName, buffer: Buffer.from(input.contentBase64, "base64") }, { mapping: input.mapping }),
};
