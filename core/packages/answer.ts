import type { AppContext } from "../context";
import { localNow } from "../../shared/dates";
import { APP_VERSION } from "../version";
import { checkedAnswers } from "./answers";
import { writePackage, type OpenedPackage } from "./container";
import { partSchema, type DepartmentPart } from "./format";
import { answerFiles, type AnswerFile } from "./package-files";

export type { AnswerFile };

/**
 * The department's reply: the same unit, window, outline and department as
 * the package it received, its answers in part.json with the files it gives
 * for the documents it names, signed by who filled it and when. The answers
 * and the files are checked (format, ranges, dates; kind and size of every
 * file) before writing.
 */
export function answerPackage(ctx: Pick<AppContext, "userName" | "now">, received: OpenedPackage, answers: DepartmentPart, files: readonly AnswerFile[] = []): Buffer {
  const { entries: _entries, format: _format, formatVersion: _version, formEdition: _edition, ...manifest } = received.manifest;
  const answered = answerFiles(checkedAnswers(partSchema.parse(answers), manifest.window.to), received.files ?? new Map(), files);
  return writePackage({ ...manifest, appVersion: APP_VERSION, direction: "tra_loi", createdBy: ctx.userName, createdAt: localNow(ctx.now()) }, answered.part, answered.files);
}
