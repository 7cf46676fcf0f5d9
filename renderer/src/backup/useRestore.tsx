import { useState } from "react";
import { App, Input, Typography } from "antd";
import type { ApiInput } from "../../../core/api/contract";
import { call, errorCode, errorMessage } from "../api";

/**
 * Asks before putting a backup in place of the data, says where the data as
 * it was went (to undo with), then reloads the app so every screen reads the
 * restored data.
 */
export function useRestore(): { restoring: boolean; restore(input: ApiInput<"backup.restore">, what: string): void } {
  const { modal } = App.useApp();
  const [restoring, setRestoring] = useState(false);

  const run = async (input: ApiInput<"backup.restore">) => {
    setRestoring(true);
    try {
      const result = await call("backup.restore", input);
      modal.success({
        title: "Đã khôi phục dữ liệu",
        content: (
          <>
            <Typography.Paragraph>Ứng dụng sẽ tải lại để hiển thị dữ liệu đã khôi phục.</Typography.Paragraph>
            {result.undo ? (
              <Typography.Paragraph>
                Dữ liệu trước khi khôi phục được giữ thành bản sao lưu <Typography.Text code>{result.undo}</Typography.Text>; khôi phục bản đó nếu cần hoàn tác.
              </Typography.Paragraph>
            ) : null}
          </>
        ),
        okText: "Tải lại ứng dụng",
        onOk: () => window.location.reload(),
      });
    } catch (e) {
      if (errorCode(e) === "backup_passphrase_needed") askPassphrase(input, errorMessage(e));
      else modal.error({ title: "Chưa khôi phục được", content: errorMessage(e), okText: "Đóng" });
    } finally {
      setRestoring(false);
    }
  };

  // A backup from another machine, or kept from before the passphrase was changed, opens only with its own.
  const askPassphrase = (input: ApiInput<"backup.restore">, why: string) => {
    let typed = "";
    modal.confirm({
      title: "Nhập mật khẩu của bản sao lưu",
      content: (
        <>
          <Typography.Paragraph>{why}</Typography.Paragraph>
          <Input.Password autoFocus aria-label="Mật khẩu của bản sao lưu" onChange={(e) => (typed = e.target.value)} />
          <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
            Sau khi khôi phục, dữ liệu vẫn mở bằng mật khẩu đang dùng trên máy này (nếu đã đặt).
          </Typography.Paragraph>
        </>
      ),
      okText: "Khôi phục",
      cancelText: "Thôi",
      onOk: () => void run({ ...input, passphrase: typed }),
    });
  };

  return {
    restoring,
    restore: (input, what) => {
      modal.confirm({
        title: "Khôi phục dữ liệu?",
        content: `Toàn bộ dữ liệu hiện tại sẽ được thay bằng ${what}. Trước khi thay, ứng dụng kiểm tra tệp và tự sao lưu dữ liệu hiện tại để có thể hoàn tác.`,
        okText: "Khôi phục",
        cancelText: "Thôi",
        onOk: () => void run(input),
      });
    },
  };
}
