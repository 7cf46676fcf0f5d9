import { useState } from "react";
import { App, Button, Card, Flex, Typography } from "antd";
import { call, errorMessage } from "../api";
import { copyText } from "../clipboard";
import { SectionTitle } from "../components/Headings";
import { LoadError } from "../components/LoadError";
import { formatNumber } from "../format";
import { useApi } from "../useApi";

/** Each logged error starts its own "=== <time> · <method>" line. */
const entriesIn = (text: string): number => text.match(/^=== /gm)?.length ?? 0;

/** Cài đặt → Nhật ký lỗi: where unexpected errors are written, and their latest part copied for support. */
export function ErrorLogCard() {
  const { message } = App.useApp();
  const log = useApi("errorLog.get", {});
  const [copying, setCopying] = useState(false);

  const copy = async () => {
    setCopying(true);
    try {
      const { text } = await call("errorLog.get", {});
      if (!text) void message.info("Chưa có lỗi nào được ghi: không có gì để sao chép.");
      else if (await copyText(text)) void message.success(`Đã sao chép ${formatNumber(entriesIn(text))} lỗi gần nhất: hãy dán vào tin nhắn gửi người hỗ trợ.`);
      else void message.error("Không sao chép được. Hãy mở tệp nhật ký ở đường dẫn trên rồi gửi tệp đó.");
      log.reload();
    } catch (e) {
      void message.error(errorMessage(e));
    } finally {
      setCopying(false);
    }
  };

  if (log.status === "error") return <LoadError message={log.message} onRetry={log.reload} />;
  const count = log.status === "ready" ? entriesIn(log.value.text) : 0;

  return (
    <Card size="small" title={<SectionTitle>Nhật ký lỗi</SectionTitle>} data-testid="error-log-card" style={{ marginTop: 16 }}>
      <Typography.Paragraph>
        Khi ứng dụng gặp lỗi không mong đợi, lỗi được ghi vào tệp nhật ký bên cạnh tệp dữ liệu: thời điểm, chức năng đang chạy và vị trí lỗi trong chương trình. Nhật ký không ghi dữ liệu đã nhập, tên
        hay số giấy tờ của người dân. Khi cần hỗ trợ, bấm “Sao chép nhật ký lỗi” rồi dán vào tin nhắn gửi người hỗ trợ.
      </Typography.Paragraph>
      <Flex gap={8} wrap align="center">
        <span>
          Tệp nhật ký:{" "}
          <Typography.Text code copyable data-testid="error-log-file" style={{ overflowWrap: "anywhere" }}>
            {log.status === "ready" ? log.value.file : "…"}
          </Typography.Text>
        </span>
        <Typography.Text type="secondary" data-testid="error-log-count">
          {log.status !== "ready" ? "" : count ? `${formatNumber(count)} lỗi gần nhất` : "Chưa có lỗi nào được ghi."}
        </Typography.Text>
        <Button loading={copying} onClick={() => void copy()}>
          Sao chép nhật ký lỗi
        </Button>
      </Flex>
    </Card>
  );
}
