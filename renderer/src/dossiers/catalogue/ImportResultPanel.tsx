import { Alert, Typography } from "antd";
import { SectionTitle } from "../../components/Headings";
import { formatNumber } from "../../format";
import { RejectedTable } from "../import/RejectedTable";
import { stack } from "../layout";
import { describeMapping } from "./importColumns";
import { ImportCounts } from "../ImportCounts";
import type { CatalogueImportResult } from "./types";

/** What a catalogue import did: the counts, the columns it read, and the rows it refused with why. */
export function ImportResultPanel({ fileName, result }: { fileName: string; result: CatalogueImportResult }) {
  const rejected = result.rejected.length;
  const mapping = describeMapping(result.mapping);
  return (
    <section data-testid="catalogue-import-result" aria-live="polite" style={stack(12)}>
      <Alert
        type={rejected > 0 ? "warning" : "success"}
        showIcon
        title={rejected > 0 ? `Đã nhập danh mục từ tệp ${fileName}; ${formatNumber(rejected)} dòng bị từ chối` : `Đã nhập danh mục từ tệp ${fileName}`}
      />
      <ImportCounts result={result} testIdPrefix="catalogue-import" />
      {mapping && (
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          Các cột đã đọc: {mapping}.
        </Typography.Paragraph>
      )}
      {rejected > 0 && (
        <section style={stack(8)}>
          <SectionTitle>Các dòng bị từ chối</SectionTitle>
          <RejectedTable rows={result.rejected} />
        </section>
      )}
    </section>
  );
}
