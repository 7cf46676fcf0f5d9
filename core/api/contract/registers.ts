/** Methods of the registers kept record by record (documents, staff, …): one set for all, told apart by `register`. */
import { z } from "zod";
import { REGISTER_KEYS, type RegisterKey } from "../../records/registers/keys";
import { recordSchemaOf, type RecordInput } from "../../records/registers/schema";

const registerKeySchema = z.enum(REGISTER_KEYS);

/** A record as stored: its id and its fields by key (each register's are in core/records/registers). */
export const registerRowSchema = z.object({ id: z.number().int() }).catchall(z.unknown());

export const recordSearchInput = z.object({ search: z.string().max(200).optional() }).strict();
export const recordIdInput = z.object({ id: z.number().int() }).strict();
export const recordDeleted = z.object({ deleted: z.literal(true) });

/** Validates a record with its register's schema; each message names its field already, so it is passed on alone. */
function parseRecord(key: RegisterKey, record: unknown, ctx: z.RefinementCtx): RecordInput {
  const parsed = recordSchemaOf(key).safeParse(record);
  if (parsed.success) return parsed.data as RecordInput;
  for (const issue of parsed.error.issues) ctx.addIssue({ code: "custom", message: issue.message, input: record });
  return z.NEVER;
}

const recordObject = z.record(z.string(), z.unknown());

/** The input of a method saving one register's records. */
export const recordInputOf = (key: RegisterKey) => recordObject.transform((record, ctx) => parseRecord(key, record, ctx));

export const registerApi = {
  "registers.list": {
    input: z.object({ register: registerKeySchema, search: z.string().max(200).optional() }).strict(),
    output: z.object({ rows: z.array(registerRowSchema) }),
  },
  "registers.save": {
    input: z
      .object({ register: registerKeySchema, record: recordObject })
      .strict()
      .transform(({ register, record }, ctx) => ({ register, record: parseRecord(register, record, ctx) })),
    output: registerRowSchema,
  },
  "registers.delete": {
    input: z.object({ register: registerKeySchema, id: z.number().int() }).strict(),
    output: recordDeleted,
  },
} as const;
