import { Tag } from "antd";
import { TAG_STYLES } from "../labels";
import { PAKN_STATUS_LABELS, type PaknStatus } from "./paknStatus";

const STYLES = { resolved: TAG_STYLES.green, overdue: TAG_STYLES.red, open: TAG_STYLES.blue } satisfies Record<PaknStatus, object>;

export function PaknStatusTag({ status }: { status: PaknStatus }) {
  return <Tag style={STYLES[status]}>{PAKN_STATUS_LABELS[status]}</Tag>;
}
