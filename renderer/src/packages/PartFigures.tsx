import { Input, Table, Typography } from "antd";
import { formatFigure } from "../../../core/indicators/format";
import { figureInvalid } from "./draft";
import type { Part } from "./types";

interface Props {
  figures: Part["figures"];
  typed: string[];
  onChange: (index: number, typed: string) => void;
}

const SOURCES: Record<Part["figures"][number]["source"], string> = { C: "tính từ sổ sách", M: "nhập tay", "C/M": "tính từ sổ sách, có thể sửa" };

/** The department's figures of Phụ lục 3: what the commune's app had when it sent the part, and the department's own figure. */
export function PartFigures({ figures, typed, onChange }: Props) {
  return (
    <Table
      size="small"
      rowKey="code"
      pagination={false}
      data-testid="part-figures"
      dataSource={figures.map((f, index) => ({ ...f, index }))}
      columns={[
        {
          title: "Chỉ tiêu",
          key: "label",
          render: (_, f) => (
            <div>
              <div>{f.label}</div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {[f.unitName ? `Đơn vị tính: ${f.unitName}` : null, SOURCES[f.source]].filter(Boolean).join(" · ")}
              </Typography.Text>
            </div>
          ),
        },
        { title: "Khi giao", key: "current", width: 110, align: "right", render: (_, f) => formatFigure(f.current, f.unit) },
        {
          title: "Số liệu của phòng",
          key: "answer",
          width: 200,
          render: (_, f) => (
            <Input
              aria-label={`Số liệu của phòng: ${f.label}`}
              value={typed[f.index]}
              status={figureInvalid(typed[f.index]!) ? "error" : undefined}
              placeholder="để trống nếu đúng"
              suffix={f.unit === "%" ? "%" : undefined}
              inputMode="decimal"
              onChange={(e) => onChange(f.index, e.target.value)}
            />
          ),
        },
      ]}
    />
  );
}
