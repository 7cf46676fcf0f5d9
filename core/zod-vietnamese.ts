/**
 * zod's messages in Vietnamese, for the schema checks whose message a user
 * reads (packages, forms, templates, API input). zod's own locale names a
 * missing field "undefined"; a clerk reads "thiếu".
 */
import { z } from "zod";

const vietnamese = z.locales.vi().localeError;

export const vietnameseErrors: z.core.$ZodErrorMap = (issue) => (issue.input === undefined && issue.code === "invalid_type" ? "thiếu giá trị" : vietnamese(issue));
