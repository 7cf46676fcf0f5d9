/** The audit trail screen: changes newest first, filtered. */
import { z } from "zod";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const auditApi = {
  "audit.list": {
    input: z
      .object({
        entity: z.string().max(80).optional(),
        userName: z.string().max(200).optional(),
        action: z.enum(["tao", "sua", "xoa", "nhap", "hoan_tac", "xuat", "khoi_phuc"]).optional(),
        from: isoDate.optional(),
        to: isoDate.optional(),
        search: z.string().max(200).optional(),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(200).default(50),
      })
      .strict(),
    output: z.object({
      total: z.number().int(),
      rows: z.array(
        z.object({
          id: z.number().int(),
          at: z.string(),
          userName: z.string().nullable(),
          action: z.string(),
          actionLabel: z.string(),
          entity: z.string(),
          entityLabel: z.string(),
          entityId: z.string().nullable(),
          /** The record the entry is about, in words. */
          subject: z.string().nullable(),
          changes: z.array(z.object({ field: z.string().nullable(), label: z.string().nullable(), before: z.string().nullable(), after: z.string().nullable() })),
        }),
      ),
      entities: z.array(z.object({ entity: z.string(), label: z.string(), count: z.number().int() })),
      users: z.array(z.string()),
    }),
  },
} as const;
