/** Methods of the PAKN register and the satisfaction rounds, kept beside registers.* for the callers that name them. */
import { z } from "zod";
import { recordDeleted, recordIdInput, recordInputOf, recordSearchInput, registerRowSchema } from "./registers";

export const feedbackApi = {
  "pakn.list": { input: recordSearchInput, output: z.array(registerRowSchema) },
  "pakn.save": { input: recordInputOf("pakn"), output: registerRowSchema },
  "pakn.delete": { input: recordIdInput, output: recordDeleted },
  "satisfaction.list": { input: recordSearchInput, output: z.array(registerRowSchema) },
  "satisfaction.save": { input: recordInputOf("satisfaction"), output: registerRowSchema },
  "satisfaction.delete": { input: recordIdInput, output: recordDeleted },
  "satisfaction.targets": { input: z.object({}), output: z.object({ overall: z.number().nullable(), land: z.number().nullable() }) },
} as const;
