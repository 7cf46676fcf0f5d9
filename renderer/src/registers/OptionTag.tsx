import { Tag } from "antd";
import type { EnumOption } from "../../../core/records/registers/descriptor";
import { optionLabel } from "../../../core/records/registers/descriptor";
import { TAG_STYLES } from "../dossiers/labels";

/** An enum value as a tag with its Vietnamese label. */
export function OptionTag({ options, value }: { options: readonly EnumOption[]; value: unknown }) {
  const tone = options.find((o) => o.value === value)?.tone ?? "blue";
  return <Tag style={{ ...TAG_STYLES[tone], whiteSpace: "normal" }}>{optionLabel(options, value)}</Tag>;
}
