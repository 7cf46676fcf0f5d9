import type { HandlersFor } from "./handler-types";
import type { outboxApi } from "../contract/outbox";
import { addToOutbox, listOutbox, markSent, outboxFile } from "../../outbox/outbox";
import { periodOf } from "../../unit-period";

export const outboxHandlers: HandlersFor<keyof typeof outboxApi> = {
  "outbox.list": (ctx) => listOutbox(ctx),
  "outbox.markSent": (ctx, input) => markSent(ctx, input.id, input),
  "outbox.keep": (ctx, input) =>
    addToOutbox(ctx, { fileName: input.fileName, bytes: Buffer.from(input.contentBase64, "base64") }, input.kind, input.period ? periodOf(ctx, { period: input.period }) : null),
  "outbox.file": (ctx, input) => {
    const { fileName, bytes } = outboxFile(ctx, input.id);
    return { fileName, contentBase64: bytes.toString("base64") };
  },
};
