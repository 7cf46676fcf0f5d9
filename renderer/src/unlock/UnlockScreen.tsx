import { useState } from "react";
import { Alert, Button, Card, Form, Input, Typography } from "antd";
import { call, errorMessage } from "../api";

/** Shown instead of the app while the data is protected with a passphrase and not yet opened. */
export function UnlockScreen({ onUnlocked }: { onUnlocked: () => void }) {
  const [passphrase, setPassphrase] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const unlock = async () => {
    setBusy(true);
    setError(null);
    try {
      await call("store.unlock", { passphrase });
      onUnlocked();
    } catch (e) {
      setError(errorMessage(e));
      setPassphrase("");
    } finally {
      setBusy(false);
    }
  };

  return (
    <main style={{ minHeight: "100vh", display: "flex", alignItems: "center", justifyContent: "center", padding: 24 }}>
      <Card style={{ width: 480, maxWidth: "100%" }} data-testid="unlock-screen">
        <Typography.Title level={1} style={{ fontSize: 22, marginTop: 0 }}>
          Mở dữ liệu CCHC
        </Typography.Title>
        <Typography.Paragraph>Dữ liệu của đơn vị được bảo vệ bằng mật khẩu. Nhập mật khẩu để mở.</Typography.Paragraph>
        <Form layout="vertical" onFinish={() => void unlock()}>
          <Form.Item label="Mật khẩu" htmlFor="unlock-passphrase">
            <Input.Password id="unlock-passphrase" autoFocus value={passphrase} onChange={(e) => setPassphrase(e.target.value)} autoComplete="current-password" />
          </Form.Item>
          {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="unlock-error" /> : null}
          <Button type="primary" htmlType="submit" loading={busy} disabled={!passphrase}>
            Mở khóa
          </Button>
        </Form>
        <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0 }}>
          Quên mật khẩu thì không mở được dữ liệu này. Hỏi người đã đặt mật khẩu, hoặc khôi phục một bản sao lưu có mật khẩu mà bạn còn nhớ bằng lệnh cchc restore.
        </Typography.Paragraph>
      </Card>
    </main>
  );
}
