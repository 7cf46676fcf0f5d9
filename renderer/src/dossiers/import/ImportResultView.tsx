import { Alert, Button, Card, Col, Flex, Row, Statistic } from "antd";
import { SectionTitle } from "../../components/Headings";
import { formatNumber } from "../../format";
import { downloadBase64 } from "../files";
import { tabHref } from "../tabs";
import type { ImportResult } from "../types";
import { stack } from "../layout";
import { RejectedTable } from "./RejectedTable";

function Counts({ result }: { result: ImportResult }) {
  const items = [
    { key: "inserted", title: "Thêm mới", value: result.inserted },
    { key: "updated", title: "Cập nhật", value: result.updated },
    { key: "unchanged", title: "Không đổi", value: result.unchanged },
    { key: "rejected", title: "Bị từ chối", value: result.rejected.length },
  ];
  return (
    <Row gutter={[16, 16]}>
      {items.map((item) => (
        <Col key={item.key} xs={12} md={6}>
          <Card size="small">
            <Statistic
              title={item.title}
              value={item.value}
              formatter={(v) => <span data-testid={`import-${item.key}`}>{formatNumber(Number(v))}</span>}
              styles={item.key === "rejected" && item.value > 0 ? { content: { color: "#a8071a" } } : undefined}
            />
          </Card>
        </Col>
      ))}
    </Row>
  );
}

/** What an import did (or, tried first, would do): counts, the rejected rows and their file. */
export function ImportResultView({ result, onRestart }: { result: ImportResult; onRestart: () => void }) {
  const rejected = result.rejected.length;
  const file = result.rejectedFile;
  return (
    <section data-testid="import-result" aria-live="polite" style={stack(16)}>
      {result.dryRun ? (
        <Alert
          type="info"
          showIcon
          title="Kết quả nhập thử – chưa ghi gì vào dữ liệu"
          description="Nếu nhập thật, dữ liệu sẽ thay đổi như dưới đây. Bấm “Nhập vào dữ liệu” để ghi."
        />
      ) : (
        <Alert
          type={rejected > 0 ? "warning" : "success"}
          showIcon
          title={rejected > 0 ? `Đã nhập xong; ${formatNumber(rejected)} dòng bị từ chối` : "Đã nhập xong"}
          description="Có thể hoàn tác lần nhập này ở thẻ “Lịch sử nhập”."
        />
      )}
      <Counts result={result} />
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
