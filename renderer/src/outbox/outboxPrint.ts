import { formatMegabytes } from "../../../core/file-size";
import { formatMoment, formatNumber, formatWindow } from "../format";
import type { PrintSpec } from "../print/printDocument";
import { FILE_STATES, OUTBOX_KINDS, OUTBOX_STATES, SENT_VIA, type OutboxEntry } from "./types";

/** 2 KB, 1,4 MB: as the clerk reads a file's size. */
export const fileSize = (bytes: number) => (bytes < 1024 * 1024 ? `${formatNumber(Math.max(1, Math.round(bytes / 1024)))} KB` : formatMegabytes(bytes));

const sentLine = (e: OutboxEntry): string =>
  e.state === "cho_gui" ? OUTBOX_STATES.cho_gui : [OUTBOX_STATES.da_gui, e.sentVia ? SENT_VIA[e.sentVia] : "", e.sentAt ? formatMoment(e.sentAt) : "", e.sentBy ?? ""].filter(Boolean).join(" · ");

export function outboxPrintSpec(entries: readonly OutboxEntry[]): PrintSpec<OutboxEntry> {
  const waiting = entries.filter((e) => e.state === "cho_gui").length;
  return {
    title: "Danh sách tệp trong hộp thư đi",
    subtitle: `${formatNumber(entries.length)} tệp, trong đó ${formatNumber(waiting)} tệp chờ gửi.`,
    rows: entries,
    columns: [
      { title: "Tệp", width: 26, value: (e) => e.fileName },
      { title: "Loại, kỳ", width: 16, value: (e) => `${OUTBOX_KINDS[e.kind]}${e.periodFrom && e.periodTo ? ` · ${formatWindow(e.periodFrom, e.periodTo)}` : ""}` },
      { title: "Dung lượng", width: 8, align: "right", value: (e) => fileSize(e.sizeBytes) },
      { title: "Tạo lúc", width: 12, value: (e) => [formatMoment(e.createdAt), e.createdBy ?? ""].filter(Boolean).join(" · ") },
      { title: "Tệp trên đĩa", width: 9, value: (e) => FILE_STATES[e.fileState] },
      { title: "Trạng thái gửi", width: 18, value: sentLine },
      { title: "Ghi chú", width: 12, value: (e) => e.note },
    ],
  };
}
