import { Tag } from "antd";
import { TAG_STYLES } from "../dossiers/labels";

/** Có / Không as a tag; an unknown value as "–", read out as "Chưa rõ". */
export function FlagTag({ value }: { value: boolean | null }) {
  if (value === null) {
    return (
      <span title="Chưa rõ">
        <span aria-hidden="true">–</span>
        <span className="visually-hidden">Chưa rõ</span>
      </span>
    );
  }
  return value ? <Tag style={TAG_STYLES.green}>Có</Tag> : <Tag style={TAG_STYLES.grey}>Không</Tag>;
}
