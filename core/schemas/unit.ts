/** The unit (xã, phường, đặc khu), its departments and its signers, as the API carries them and the core keeps them. */
import { z } from "zod";
import { FIELD_LIMITS } from "../field-limits";

const text = (max: number) => z.string().trim().max(max);

export const unitKindSchema = z.enum(["xa", "phuong", "dac_khu"]);

export const departmentSchema = z.object({
  code: text(FIELD_LIMITS.departmentCode).min(1),
  name: text(FIELD_LIMITS.name).min(1, "Tên phòng ban không được để trống"),
  headName: text(FIELD_LIMITS.personName).nullable(),
  headTitle: text(FIELD_LIMITS.name).nullable(),
  sortOrder: z.number().int(),
});

export const signerSchema = z.object({
  name: text(FIELD_LIMITS.personName).min(1, "Tên người ký không được để trống"),
  position: z.enum(["chu_tich", "pho_chu_tich"]),
  signMode: z.enum(["TM", "KT"]),
  isDefault: z.boolean(),
});

export const unitSchema = z.object({
  name: text(FIELD_LIMITS.name).min(1, "Tên đơn vị không được để trống"),
  kind: unitKindSchema,
  provinceName: text(FIELD_LIMITS.name).nullable(),
  placeName: text(FIELD_LIMITS.personName).nullable(),
  profileId: text(FIELD_LIMITS.code).min(1),
  address: text(FIELD_LIMITS.line).nullable(),
  /** Who prepares the reports (cán bộ phụ trách CCHC), named as the giver on department packages; left out: kept as it is. */
  preparerName: text(FIELD_LIMITS.personName).nullable().optional(),
});

export const unitDetailsSchema = unitSchema.extend({
  preparerName: text(FIELD_LIMITS.personName).nullable(),
  departments: z.array(departmentSchema),
  signers: z.array(signerSchema),
});
