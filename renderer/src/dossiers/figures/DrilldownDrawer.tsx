import { useEffect, useState } from "react";
import { Drawer, Table, Typography, type TableProps } from "antd";
import type { ApiOutput } from "../../../../core/api/contract";
import { call, errorMessage } from "../../api";
import { EmptyNote } from "../../components/EmptyNote";
import { LoadError } from "../../components/LoadError";
import { formatNumber } from "../../format";
import { DOSSIER_COLUMNS, DOSSIER_TABLE_WIDTH } from "../dossierColumns";
import type { DossierRow, Figure } from "../types";
import { stack } from "../layout";

const PAGE_SIZE = 50;

type Drilldown = ApiOutput<"tthc.drilldown">;

const columns: TableProps<DossierRow>["columns"] = DOSSIER_COLUMNS.map((c) => ({
  key: c.key,
  title: c.title,
  width: c.width,
  ellipsis: c.ellipsis ? { showTitle: false } : false,
  render: (_: unknown, row: DossierRow) => c.render(row),
}));

interface Props {
  period: string;
  periodLabel: string | null;
  /** The dossier count to list; null while the drawer is closed. */
  figure: Pick<Figure, "code" | "label"> | null;
  onClose: () => void;
}

/** The dossiers behind one figure of the period, a page at a time. */
export function DrilldownDrawer({ period, periodLabel, figure, onClose }: Props) {
  const [page, setPage] = useState(1);
  const [data, setData] = useState<Drilldown | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const code = figure?.code ?? null;

  useEffect(() => {
    setPage(1);
    setData(null);
  }, [code, period]);

  useEffect(() => {
    if (code === null) return;
    let live = true;
    setLoading(true);
    setError(null);
    call("tthc.drilldown", { period, code, offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE }).then(
      (value) => {
        if (!live) return;
        setData(value);
        setLoading(false);
      },
      (e: unknown) => {
        if (!live) return;
        setError(errorMessage(e));
        setLoading(false);
      },
    );
    return () => {
      live = false;
    };
  }, [code, period, page, attempt]);

  const total = data?.total ?? null;
  return (
    <Drawer open={figure !== null} onClose={onClose} size="min(1480px, 94vw)" title={data?.label ?? figure?.label ?? ""} destroyOnHidden closable={{ "aria-label": "Đóng" }}>
      <div style={stack(12)}>
        <Typography.Text>
          {periodLabel ? `${periodLabel} · ` : ""}
          <strong data-testid="drilldown-total">{total === null ? "Đang tải…" : `${formatNumber(total)} hồ sơ`}</strong>
        </Typography.Text>
        {error ? (
          <LoadError message={error} onRetry={() => setAttempt((n) => n + 1)} />
        ) : (
          <div data-testid="drilldown-table">
            <Table<DossierRow>
              rowKey="id"
              size="small"
              loading={loading}
              columns={columns}
              dataSource={data?.rows ?? []}
              scroll={{ x: DOSSIER_TABLE_WIDTH, y: "calc(100vh - 240px)" }}
              pagination={{
                current: page,
                pageSize: PAGE_SIZE,
                total: total ?? 0,
                showSizeChanger: false,
                hideOnSinglePage: true,
                showTotal: (n, [from, to]) => `${formatNumber(from)}–${formatNumber(to)} trong ${formatNumber(n)} hồ sơ`,
                onChange: setPage,
              }}
              locale={{ emptyText: <EmptyNote>{loading ? "Đang tải…" : "Không có hồ sơ nào."}</EmptyNote> }}
            />
          </div>
        )}
      </div>
    </Drawer>
  );
}
