import type { ApiOutput } from "../../../core/api/contract";

export type OutboxEntry = ApiOutput<"outbox.list">["entries"][number];

export { FILE_STATES, OUTBOX_KINDS, OUTBOX_STATES, SENT_VIA } from "../../../core/outbox/labels";

export const FILE_STATE_COLORS: Record<OutboxEntry["fileState"], string> = { nguyen_ven: "green", da_thay_doi: "red", khong_con: "red" };
