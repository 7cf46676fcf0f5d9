/** Methods of the PAKN register and the satisfaction rounds. */
import { z } from "zod";
import { isoDate } from "./foundation";

const optionalText = (max: number) => z.string().trim().max(max).nullable();

export const paknSchema = z.object({
  id: z.number().int(),
  code: optionalText(60),
  receivedDate: isoDate,
  dueDate: isoDate.nullable(),
  resolvedDate: isoDate.nullable(),
  procedureName: optionalText(500),
  field: optionalText(200),
  content: optionalText(4000),
  senderName: optionalText(200),
  channel: optionalText(100),
  result: optionalText(2000),
});

const satisfactionFields = z.object({
  id: z.number().int(),
  periodFrom: isoDate,
  periodTo: isoDate,
  field: optionalText(200),
  rated: z.number().int().min(0),
  satisfied: z.number().int().min(0),
  source: optionalText(300),
});

const satisfactionChecks = <S extends z.ZodType<{ rated: number; satisfied: number; periodFrom: string; periodTo: string }>>(schema: S) =>
  schema
    .refine((r) => r.satisfied <= r.rated, { message: "Số hài lòng không được lớn hơn số lượt đánh giá", path: ["satisfied"] })
    .refine((r) => r.periodFrom <= r.periodTo, { message: "Ngày bắt đầu phải trước ngày kết thúc", path: ["periodTo"] });

export const satisfactionSchema = satisfactionChecks(satisfactionFields);

const searchInput = z.object({ search: z.string().max(200).optional() }).strict();
const idInput = z.object({ id: z.number().int() }).strict();
const deleted = z.object({ deleted: z.literal(true) });

export const feedbackApi = {
  "pakn.list": { input: searchInput, output: z.array(paknSchema) },
  "pakn.save": {
    input: paknSchema
      .extend({ id: z.number().int().optional() })
      .strict()
      .refine((r) => !r.resolvedDate || r.resolvedDate >= r.receivedDate, { message: "Ngày giải quyết phải từ ngày tiếp nhận trở đi", path: ["resolvedDate"] }),
    output: paknSchema,
  },
  "pakn.delete": { input: idInput, output: deleted },
  "satisfaction.list": { input: searchInput, output: z.array(satisfactionSchema) },
  "satisfaction.save": {
    input: satisfactionChecks(satisfactionFields.extend({ id: z.number().int().optional() }).strict()),
    output: satisfactionSchema,
  },
  "satisfaction.delete": { input: idInput, output: deleted },
} as const;
