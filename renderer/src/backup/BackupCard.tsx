import { useState } from "react";
import { App, Button, Card, Flex, Input, List, Typography } from "antd";
import { BACKUP_REASONS } from "../../../core/backup/labels";
import { formatMegabytes } from "../../../core/file-size";
import { call, errorMessage } from "../api";
import { SectionTitle } from "../components/Headings";
import { LoadError } from "../components/LoadError";
import { OpenFolderButton } from "../components/OpenFolderButton";
import { downloadBase64 } from "../dossiers/files";
import { formatMoment, formatNumber } from "../format";
import { useApi } from "../useApi";
import { MoveToNewPc } from "./MoveToNewPc";
import { useRestore } from "./useRestore";

/** Cài đặt → Sao lưu: where backups go (a USB drive, a second disk), the ones kept, a backup now, restoring one, and moving to a new PC. */
export function BackupCard() {
  const { message } = App.useApp();
  const list = useApi("backup.list", {});
  const [folder, setFolder] = useState<string | null>(null);
  const [busy, setBusy] = useState<"folder" | "now" | null>(null);
  const { restoring, restore } = useRestore();

  const saveCopy = async (file: string) => {
    try {
      const copy = await call("backup.file", { file });
      downloadBase64(copy.fileName, copy.contentBase64);
    } catch (e) {
      void message.error(errorMessage(e));
    }
  };

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
        Ứng dụng tự sao lưu toàn bộ dữ liệu trước mỗi lần nhập tệp, nhận gói phòng ban và mỗi ngày một lần; giữ mọi bản của hôm nay và hôm qua, mỗi ngày 1 bản trong 30 ngày, mỗi tháng 1 bản trong một
        năm, cùng 5 bản chép trước khi khôi phục; khôi phục không bao giờ xóa bản sao lưu đã có. Nên đặt thư mục sao lưu ở ổ khác hoặc USB.
      </Typography.Paragraph>
      <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
        <Input aria-label="Thư mục sao lưu" style={{ flex: 1, minWidth: 320 }} value={folder ?? current} onChange={(e) => setFolder(e.target.value)} placeholder="Ví dụ: E:\SaoLuuCCHC" />
        <Button
          loading={busy === "folder"}
          disabled={folder === null || folder === current}
          onClick={() => void run("folder", async () => `Đã đổi thư mục sao lưu: ${(await call("backup.setFolder", { folder })).folder}`)}
        >
          Lưu thư mục
        </Button>
        <Button onClick={() => void run("folder", async () => `Dùng thư mục mặc định: ${(await call("backup.setFolder", { folder: null })).folder}`)}>Mặc định</Button>
        <OpenFolderButton which="sao-luu" />
        <Button type="primary" loading={busy === "now"} onClick={() => void run("now", async () => `Đã sao lưu (${formatMegabytes((await call("backup.take", {})).bytes)}).`)}>
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
          <List.Item
            actions={[
              <Button key="save" size="small" onClick={() => void saveCopy(b.file)}>
                Lưu bản sao…
              </Button>,
              <Button key="restore" size="small" danger loading={restoring} onClick={() => restore({ file: b.file }, `bản sao lưu lúc ${formatMoment(b.takenAt, "sentence")}`)}>
                Khôi phục…
              </Button>,
            ]}
          >
            <span>
              {formatMoment(b.takenAt)} · {BACKUP_REASONS[b.reason]} · {formatMegabytes(b.bytes)}
              <div>
                <Typography.Text type="secondary">{b.file}</Typography.Text>
              </div>
            </span>
          </List.Item>
        )}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
        Khôi phục kiểm tra bản sao lưu trước, rồi giữ dữ liệu hiện tại thành một bản sao lưu mới để có thể hoàn tác. Bản sao lưu có mật khẩu khác (của máy cũ, hoặc từ trước khi đổi mật khẩu): ứng dụng
        hỏi mật khẩu của bản đó.
      </Typography.Paragraph>
      <MoveToNewPc onExported={list.reload} />
    </Card>
  );
}
