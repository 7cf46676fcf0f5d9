import { Alert, Button, Flex } from "antd";
import { SectionTitle } from "../../components/Headings";
import { formatNumber } from "../../format";
import { downloadBase64 } from "../files";
import { tabHref } from "../tabs";
import type { ImportResult } from "../types";
import { stack } from "../layout";
import { RejectedTable } from "./RejectedTable";
import { ImportCounts } from "../ImportCounts";
import { SkippedRows } from "./SkippedRows";

/** What an import did (or, tried first, would do): counts, the rejected rows and their file. */
export function ImportResultView({ result, onRestart }: { result: ImportResult; onRestart: () => void }) {
  const rejected = result.rejected.length;
  const file = result.rejectedFile;
  return (
    <section data-testid="import-result" aria-live="polite" style={stack(16)}>
      {result.dryRun ? (
        <Alert type="info" showIcon title="Kết quả nhập thử – chưa ghi gì vào dữ liệu" description="Nếu nhập thật, dữ liệu sẽ thay đổi như dưới đây. Bấm “Nhập vào dữ liệu” để ghi." />
      ) : (
        <Alert
          type={rejected > 0 ? "warning" : "success"}
          showIcon
          title={rejected > 0 ? `Đã nhập xong; ${formatNumber(rejected)} dòng bị từ chối` : "Đã nhập xong"}
          description="Có thể hoàn tác lần nhập này ở thẻ “Lịch sử nhập”."
        />
      )}
      <ImportCounts result={result} testIdPrefix="import" />
      <SkippedRows skipped={result.skipped} />
      {rejected > 0 && (
        <section style={stack(8)}>
          <Flex justify="space-between" align="center" gap={8} wrap>
            <SectionTitle>Các dòng bị từ chối</SectionTitle>
            {file && <Button onClick={() => downloadBase64(file.fileName, file.contentBase64)}>Tải tệp các dòng bị từ chối</Button>}
          </Flex>
          <RejectedTable rows={result.rejected} />
        </section>
      )}
      {!result.dryRun && (
        <Flex gap={8} wrap>
          <Button type="primary" href={tabHref("danh-sach")}>
            Xem danh sách hồ sơ
          </Button>
          <Button href={tabHref("lich-su")}>Xem lịch sử nhập</Button>
          <Button onClick={onRestart}>Nhập tệp khác</Button>
        </Flex>
      )}
    </section>
  );
}
