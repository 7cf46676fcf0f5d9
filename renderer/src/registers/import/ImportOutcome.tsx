import { useEffect, useRef } from "react";
import { Alert, Button, Flex } from "antd";
import { SectionTitle } from "../../components/Headings";
import { downloadBase64 } from "../../dossiers/files";
import { ImportCounts } from "../../dossiers/ImportCounts";
import { RejectedTable } from "../../dossiers/import/RejectedTable";
import { stack } from "../../dossiers/layout";
import { formatNumber } from "../../format";
import type { RegisterImportResult } from "./types";

/** What an import did (or, tried first, would do): the counts, what it assumed, the rejected rows and their file. */
export function ImportOutcome({ result }: { result: RegisterImportResult }) {
  const rejected = result.rejected.length;
  const file = result.rejectedFile;
  const section = useRef<HTMLElement>(null);
  // The buttons that ask for a result sit below it: bring it into view.
  useEffect(() => {
    section.current?.scrollIntoView({ block: "start", behavior: "smooth" });
  }, [result]);
  return (
    <section ref={section} data-testid="register-import-result" aria-live="polite" style={stack(12)}>
      {result.dryRun ? (
        <Alert type="info" showIcon title="Kết quả nhập thử – chưa ghi gì vào dữ liệu" description="Nếu nhập thật, sổ sẽ thay đổi như dưới đây. Dòng đã có trong sổ được giữ nguyên." />
      ) : (
        <Alert type={rejected > 0 ? "warning" : "success"} showIcon title={rejected > 0 ? `Đã nhập xong; ${formatNumber(rejected)} dòng bị từ chối` : "Đã nhập xong"} />
      )}
      <ImportCounts result={result} testIdPrefix="register-import" />
      {result.notes.length > 0 && (
        <Alert
          type="info"
          showIcon
          title="Lưu ý"
          description={
            <ul style={{ margin: 0, paddingLeft: 20 }}>
              {result.notes.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          }
        />
      )}
      {rejected > 0 && (
        <section style={stack(8)}>
          <Flex justify="space-between" align="center" gap={8} wrap>
            <SectionTitle>Các dòng bị từ chối</SectionTitle>
            {file && <Button onClick={() => downloadBase64(file.fileName, file.contentBase64)}>Tải tệp các dòng bị từ chối</Button>}
          </Flex>
          <RejectedTable rows={result.rejected} />
        </section>
      )}
    </section>
  );
}
