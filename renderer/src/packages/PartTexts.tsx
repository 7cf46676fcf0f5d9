import { Input, List, Typography } from "antd";
import { FIELD_LIMITS } from "../../../core/field-limits";
import type { Part } from "./types";

interface Props {
  texts: Part["texts"];
  values: string[];
  onChange: (index: number, value: string) => void;
}

/** The outline items the department writes, each with its box (holding the text in force when the part was sent). */
export function PartTexts({ texts, values, onChange }: Props) {
  return (
    <List
      data-testid="part-texts"
      dataSource={texts.map((t, index) => ({ ...t, index }))}
      renderItem={(t) => (
        <List.Item style={{ display: "block" }}>
          <Typography.Text strong>Mục {t.itemKey}.</Typography.Text> {t.wording}
          <Input.TextArea
            aria-label={`Nội dung mục ${t.itemKey}`}
            value={values[t.index]}
            maxLength={FIELD_LIMITS.body}
            autoSize={{ minRows: 3, maxRows: 12 }}
            placeholder="Viết nội dung báo cáo của phòng cho mục này"
            style={{ marginTop: 6 }}
            onChange={(e) => onChange(t.index, e.target.value)}
          />
        </List.Item>
      )}
    />
  );
}
