import type { AppContext } from "../context";
import { localNow } from "../../shared/dates";
import { APP_VERSION } from "../version";
import { checkedAnswers } from "./answers";
import { writePackage, type OpenedPackage } from "./container";
import { partSchema, type DepartmentPart } from "./format";

/**
 * The department's reply: the same unit, window, outline and department as
 * the package it received, its answers in part.json, signed by who filled it
 * and when. The answers are checked (format, ranges, dates) before writing.
 */
export function answerPackage(ctx: Pick<AppContext, "userName" | "now">, received: OpenedPackage, answers: DepartmentPart): Buffer {
  const { entries: _entries, format: _format, formatVersion: _version, ...manifest } = received.manifest;
  const part = checkedAnswers(partSchema.parse(answers), manifest.window.to);
  return writePackage({ ...manifest, appVersion: APP_VERSION, direction: "tra_loi", createdBy: ctx.userName, createdAt: localNow(ctx.now()) }, part);
}
