import type { HandlersFor } from "./handler-types";
import type { packagesApi } from "../contract/packages";
import { replyFileName } from "../../exports/file-names";
import { answerPackage } from "../../packages/answer";
import { readPackage } from "../../packages/container";
import { packageFile } from "../../packages/package-files";
import { sendDepartmentPart } from "../../packages/create";
import { packageDashboard, setPartDeadline } from "../../packages/dashboard";
import { applyMerge, planMerge } from "../../packages/merge";
import { readReply } from "../../packages/reply";
import { addToOutbox } from "../../outbox/outbox";

const bytesOf = (file: { contentBase64: string }) => Buffer.from(file.contentBase64, "base64");

export const packagesHandlers: HandlersFor<keyof typeof packagesApi> = {
  "packages.dashboard": (ctx, input) => packageDashboard(ctx, input),
  "packages.setDeadline": (ctx, input) => {
    setPartDeadline(ctx, input);
    return { ok: true as const };
  },
  "packages.create": async (ctx, input) => {
    // The copy in Hộp thư đi is the file written here: the part is marked sent only once it is kept.
    const created = await sendDepartmentPart(ctx, input, input.format ?? "cchc", (file) => addToOutbox(ctx, file, "goi_phong_ban", file.manifest.window));
    return { fileName: created.fileName, contentBase64: created.bytes.toString("base64"), counts: created.counts };
  },
  "packages.plan": async (ctx, input) => planMerge(ctx, await readReply(bytesOf(input), input.fileName, ctx.now()), input.fileName),
  "packages.apply": async (ctx, input) => applyMerge(ctx, await readReply(bytesOf(input), input.fileName, ctx.now()), input.fileName, input),
  "packages.open": (_ctx, input) => {
    const {
      manifest: { entries: _entries, ...manifest },
      part,
    } = readPackage(bytesOf(input), input.fileName);
    return { manifest, part };
  },
  "packages.file": (_ctx, input) => packageFile(readPackage(bytesOf(input), input.fileName), input.sha256),
  "packages.answer": (ctx, input) => {
    const received = readPackage(bytesOf(input), input.fileName);
    const { department, unit, window } = received.manifest;
    const files = (input.files ?? []).map(({ contentBase64, ...f }) => ({ ...f, bytes: bytesOf({ contentBase64 }) }));
    return { fileName: replyFileName(department.code, unit.name, window.label), contentBase64: answerPackage(ctx, received, input.part, files).toString("base64") };
  },
};
