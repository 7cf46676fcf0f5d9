import { useEffect, useMemo, useState } from "react";
import { Flex, Typography } from "antd";
import { LoadError } from "../../components/LoadError";
import { formatNumber } from "../../format";
import { PrintButton } from "../../print/PrintButton";
import { useApi } from "../../useApi";
import { useDebouncedValue } from "../useDebouncedValue";
import { useWindowHeight } from "../useWindowHeight";
import { stack } from "../layout";
import { DossierFilters } from "./DossierFilters";
import { DossierTable } from "./DossierTable";
import { dossierPrintSpec } from "./dossierPrint";
import { filterFromHash, hasFilter, toListFilter, type FilterValues } from "./filterState";
import { useDossierPages } from "./useDossierPages";

const SEARCH_DEBOUNCE_MS = 300;
/** Height above and below the table's body at 1366×768: top bar, heading, tabs, filters, table header, margins. */
const RESERVED_HEIGHT = 385;

function Total({ total }: { total: number | null }) {
  return (
    <Typography.Text strong data-testid="dossier-total" aria-live="polite">
      {total === null ? "Đang tải…" : `${formatNumber(total)} hồ sơ`}
    </Typography.Text>
  );
}

export function DossierList({ version }: { version: number }) {
  const [values, setValues] = useState<FilterValues>(() => filterFromHash(window.location.hash));
  const search = useDebouncedValue(values.search, SEARCH_DEBOUNCE_MS);
  const filter = useMemo(() => toListFilter(values, search), [values, search]);
  const { state, need, retry } = useDossierPages(filter, values.sort, version);
  const fields = useApi("dossiers.fields", {});
  const reloadFields = fields.reload;
  const height = Math.max(260, useWindowHeight() - RESERVED_HEIGHT);

  useEffect(() => {
    if (version > 0) reloadFields();
  }, [version, reloadFields]);

  const filtered = hasFilter(values);
  return (
    <section aria-labelledby="dossier-list-title" style={stack(12)}>
      <h2 id="dossier-list-title" className="visually-hidden">
        Danh sách hồ sơ
      </h2>
      <DossierFilters values={values} onChange={setValues} fields={fields.status === "ready" ? fields.value : []} />
      <Flex justify="space-between" align="center" gap={12} wrap>
        <Flex align="baseline" gap={12} wrap>
          <Total total={state.status === "ready" ? state.total : null} />
          {state.status === "ready" && state.total > 0 && (
            <Typography.Text type="secondary">{filtered ? "Đang lọc theo các điều kiện đã chọn." : "Tất cả hồ sơ đã nhập."} Kéo thanh cuộn để xem tiếp.</Typography.Text>
          )}
        </Flex>
        <PrintButton spec={() => dossierPrintSpec(values)} disabled={state.status !== "ready" || state.total === 0} />
      </Flex>
      {state.status === "error" ? (
        <LoadError message={state.message} onRetry={retry} />
      ) : (
        <DossierTable
          slots={state.status === "ready" ? state.slots : []}
          store={state.status === "ready" ? state.store : null}
          need={need}
          height={height}
          loading={state.status === "ready" && state.refreshing}
          resetKey={JSON.stringify(filter) + values.sort}
          emptyText={state.status === "loading" ? "Đang tải…" : filtered ? "Không có hồ sơ nào khớp điều kiện lọc." : "Chưa có hồ sơ nào. Hãy nhập danh sách hồ sơ từ tệp Excel ở thẻ “Nhập từ Excel”."}
        />
      )}
    </section>
  );
}
