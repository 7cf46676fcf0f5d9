import dayjs from "dayjs";
import { Button, DatePicker, Flex, Input, List, Typography } from "antd";
import { FIELD_LIMITS } from "../../../core/field-limits";
import { formatDate } from "../format";
import type { DocumentRow } from "./draft";
import type { Part } from "./types";

interface Props {
  evidence: Part["evidence"];
  rows: DocumentRow[][];
  onChange: (index: number, rows: DocumentRow[]) => void;
}

const refs = (docs: Part["evidence"][number]["current"]) => docs.map((d) => `${d.numberSymbol} ngày ${formatDate(d.date)}`).join("; ");

const EMPTY: DocumentRow = { numberSymbol: "", date: null, summary: "" };

/** The items expecting evidence: the documents already linked, and the ones the department names (number, date, summary). */
export function PartEvidence({ evidence, rows, onChange }: Props) {
  return (
    <List
      data-testid="part-evidence"
      dataSource={evidence.map((e, index) => ({ ...e, index }))}
      renderItem={(e) => {
        const mine = rows[e.index]!;
        const set = (i: number, patch: Partial<DocumentRow>) =>
          onChange(
            e.index,
            mine.map((d, j) => (j === i ? { ...d, ...patch } : d)),
          );
        return (
          <List.Item style={{ display: "block" }}>
            <Typography.Text strong>Mục {e.itemKey}.</Typography.Text> {e.wording}
            <div style={{ margin: "4px 0" }}>
              <Typography.Text type="secondary">
                {e.current.length ? `Đã có: ${refs(e.current)}.` : "Chưa có văn bản gắn riêng cho mục này."}
                {e.coveredAbove.length ? ` Mục lớn đã có: ${refs(e.coveredAbove)}.` : ""}
              </Typography.Text>
            </div>
            {mine.map((d, i) => (
              <Flex key={i} gap={6} style={{ marginBottom: 6 }} wrap>
                <Input
                  aria-label={`Số, ký hiệu văn bản ${i + 1} mục ${e.itemKey}`}
                  placeholder="Số, ký hiệu (12/QĐ-UBND)"
                  maxLength={FIELD_LIMITS.code}
                  value={d.numberSymbol}
                  style={{ width: 200 }}
                  onChange={(ev) => set(i, { numberSymbol: ev.target.value })}
                />
                <DatePicker
                  aria-label={`Ngày ban hành văn bản ${i + 1} mục ${e.itemKey}`}
                  format="DD/MM/YYYY"
                  placeholder="ngày/tháng/năm"
                  value={d.date ? dayjs(d.date) : null}
                  onChange={(v) => set(i, { date: v ? v.format("YYYY-MM-DD") : null })}
                />
                <Input
                  aria-label={`Trích yếu văn bản ${i + 1} mục ${e.itemKey}`}
                  placeholder="Trích yếu"
                  maxLength={FIELD_LIMITS.summary}
                  value={d.summary}
                  style={{ flex: 1, minWidth: 220 }}
                  onChange={(ev) => set(i, { summary: ev.target.value })}
                />
                <Button
                  aria-label={`Bỏ văn bản ${i + 1} mục ${e.itemKey}`}
                  onClick={() =>
                    onChange(
                      e.index,
                      mine.filter((_, j) => j !== i),
                    )
                  }
                >
                  Bỏ
                </Button>
              </Flex>
            ))}
            <Button size="small" onClick={() => onChange(e.index, [...mine, { ...EMPTY }])}>
              + Thêm văn bản
            </Button>
          </List.Item>
        );
      }}
    />
  );
}
