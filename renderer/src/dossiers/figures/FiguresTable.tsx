import { Button, Table, Tag, type TableProps } from "antd";
import { EmptyNote } from "../../components/EmptyNote";
import { formatFigure } from "../../../../core/indicators/format";
import { TAG_STYLES } from "../labels";
import type { Figure } from "../types";

interface Props {
  figures: Figure[];
  loading: boolean;
  onDrill: (figure: Figure) => void;
}

/** The TTHC figures of a period; each figure that counts dossiers opens the list of those dossiers. */
export function FiguresTable({ figures, loading, onDrill }: Props) {
  const columns: TableProps<Figure>["columns"] = [
    { key: "label", title: "Chỉ tiêu", render: (_, f) => f.label },
    { key: "unit", title: "Đơn vị tính", width: 130, render: (_, f) => f.unitName },
    {
      key: "value",
      title: "Số liệu",
      width: 140,
      align: "right",
      render: (_, f) => {
        const text = formatFigure(f.value, f.unit);
        // A figure of no dossiers has nothing to list.
        if (!f.drillable || !f.value) return <span data-testid={`figure-${f.code}`}>{text}</span>;
        return (
          <Button
            type="link"
            size="small"
            style={{ padding: 0, height: "auto", fontWeight: 600 }}
            onClick={() => onDrill(f)}
            aria-label={`${text} – xem các hồ sơ: ${f.label}`}
            data-testid={`figure-${f.code}`}
          >
            {text}
          </Button>
        );
      },
    },
    {
      key: "flag",
      title: "Lưu ý",
      width: 300,
      render: (_, f) =>
        f.flag ? (
          <Tag style={{ ...TAG_STYLES.orange, whiteSpace: "normal" }} title={f.flag}>
            {f.flag}
          </Tag>
        ) : null,
    },
  ];
  return (
    <div data-testid="figures-table">
      <Table<Figure> rowKey="code" size="small" loading={loading} columns={columns} dataSource={figures} pagination={false} locale={{ emptyText: <EmptyNote>Không có số liệu.</EmptyNote> }} />
    </div>
  );
}
