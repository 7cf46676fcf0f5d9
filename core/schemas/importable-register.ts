/** The registers an office's own Excel file can fill (cán bộ, tiếp công dân, đơn thư, kế hoạch, nhiệm vụ, văn bản). */
import { z } from "zod";
import type { RegisterKey } from "../records/registers/keys";

export const IMPORTABLE_REGISTERS = ["staff", "receptions", "complaints", "plan_tasks", "assigned_tasks", "documents"] as const satisfies readonly RegisterKey[];

export const importableRegisterSchema = z.enum(IMPORTABLE_REGISTERS);
export type ImportableRegister = z.infer<typeof importableRegisterSchema>;

export const isImportableRegister = (key: string): key is ImportableRegister => (IMPORTABLE_REGISTERS as readonly string[]).includes(key);
