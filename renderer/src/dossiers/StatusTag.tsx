import { Tag } from "antd";
import { STATUS_LABELS, STATUS_TAG_STYLES } from "./labels";
import type { DossierStatus } from "./types";

export function StatusTag({ status, raw }: { status: DossierStatus; raw?: string | null }) {
  const label = STATUS_LABELS[status];
  // The wording of the export, when it says more than the kind, goes in the tooltip.
  const title = raw && raw.trim().toLowerCase() !== label.toLowerCase() ? `Trong tệp: ${raw}` : undefined;
  return (
    <Tag style={STATUS_TAG_STYLES[status]} title={title}>
      {label}
    </Tag>
  );
}
