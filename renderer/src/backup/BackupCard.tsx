import { useState } from "react";
import { App, Button, Card, Flex, Input, List, Typography } from "antd";
import { BACKUP_REASONS } from "../../../core/backup/labels";
import { call, errorMessage } from "../api";
import { SectionTitle } from "../components/Headings";
import { LoadError } from "../components/LoadError";
import { formatDate, formatNumber } from "../format";
import { useApi } from "../useApi";

const size = (bytes: number) => `${new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 1 }).format(bytes / 1024 / 1024)} MB`;

/** Cài đặt → Sao lưu: where backups go (a USB drive, a second disk), the ones kept, a backup now, and how to restore one. */
export function BackupCard() {
  const { message } = App.useApp();
  const list = useApi("backup.list", {});
  const [folder, setFolder] = useState<string | null>(null);
  const [busy, setBusy] = useState<"folder" | "now" | null>(null);

  const run = async (what: "folder" | "now", action: () => Promise<string>) => {
    setBusy(what);
    try {
      void message.success(await action());
      setFolder(null);
      list.reload();
    } catch (e) {
      void message.error(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };

  if (list.status === "error") return <LoadError message={list.message} onRetry={list.reload} />;
  const current = list.status === "ready" ? list.value.folder : "";

  return (
    <Card size="small" title={<SectionTitle>Sao lưu dữ liệu</SectionTitle>} data-testid="backup-card" style={{ marginTop: 16 }}>
      <Typography.Paragraph>
        Ứng dụng tự sao lưu toàn bộ dữ liệu trước mỗi lần nhập tệp, nhận gói phòng ban và mỗi ngày một lần; giữ 3 bản mới nhất của hôm nay, mỗi ngày trước 1 bản, tối đa 10 bản. Nên đặt thư mục sao lưu ở ổ khác hoặc USB.
      </Typography.Paragraph>
      <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
        <Input aria-label="Thư mục sao lưu" style={{ flex: 1, minWidth: 320 }} value={folder ?? current} onChange={(e) => setFolder(e.target.value)} placeholder="Ví dụ: E:\SaoLuuCCHC" />
        <Button loading={busy === "folder"} disabled={folder === null || folder === current} onClick={() => void run("folder", async () => `Đã đổi thư mục sao lưu: ${(await call("backup.setFolder", { folder })).folder}`)}>
          Lưu thư mục
        </Button>
        <Button onClick={() => void run("folder", async () => `Dùng thư mục mặc định: ${(await call("backup.setFolder", { folder: null })).folder}`)}>Mặc định</Button>
        <Button type="primary" loading={busy === "now"} onClick={() => void run("now", async () => `Đã sao lưu (${size((await call("backup.take", {})).bytes)}).`)}>
          Sao lưu ngay
        </Button>
      </Flex>
      <List
        size="small"
        data-testid="backup-list"
        loading={list.status === "loading"}
        dataSource={list.status === "ready" ? list.value.backups : []}
        locale={{ emptyText: "Chưa có bản sao lưu nào." }}
        header={list.status === "ready" ? `${formatNumber(list.value.backups.length)} bản sao lưu` : null}
        renderItem={(b) => (
          <List.Item>
            <span>
              {b.takenAt.slice(11, 16)} {formatDate(b.takenAt)} · {BACKUP_REASONS[b.reason]} · {size(b.bytes)}
              <div>
                <Typography.Text type="secondary" copyable={{ text: `cchc restore "${b.file}"`, tooltips: ["Chép lệnh khôi phục", "Đã chép"] }}>
                  {b.file}
                </Typography.Text>
              </div>
            </span>
          </List.Item>
        )}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
        Khôi phục một bản: đóng ứng dụng, rồi chạy lệnh đã chép (cchc restore …) trong cửa sổ dòng lệnh. Ứng dụng kiểm tra bản sao lưu trước và giữ dữ liệu hiện tại thành một bản để hoàn tác.
      </Typography.Paragraph>
    </Card>
  );
}
