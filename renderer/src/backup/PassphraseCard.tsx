import { useState } from "react";
import { Alert, App, Button, Card, Flex, Form, Input, Typography } from "antd";
import { MIN_PASSPHRASE_LENGTH } from "../../../core/backup/passphrase-rules";
import { call, errorMessage } from "../api";
import { SectionTitle } from "../components/Headings";
import { LoadError } from "../components/LoadError";
import { useApi } from "../useApi";

interface Fields {
  current?: string;
  next?: string;
  confirm?: string;
}

const LONG_ENOUGH = { min: MIN_PASSPHRASE_LENGTH, message: `Mật khẩu cần ít nhất ${MIN_PASSPHRASE_LENGTH} ký tự.` };

/** Cài đặt → Mật khẩu bảo vệ dữ liệu: encrypts the data file and its backups, changes or removes the passphrase. */
export function PassphraseCard() {
  const { message, modal } = App.useApp();
  const status = useApi("store.status", {});
  const [form] = Form.useForm<Fields>();
  const [busy, setBusy] = useState(false);

  const save = async (fields: Fields, remove: boolean) => {
    setBusy(true);
    try {
      const change = await call("store.setPassphrase", { current: fields.current ?? null, next: remove ? null : (fields.next ?? null) });
      form.resetFields();
      status.reload();
      void message.success(change.protected ? `Đã đặt mật khẩu cho dữ liệu và ${change.backupsUpdated} bản sao lưu.` : `Đã bỏ mật khẩu của dữ liệu và ${change.backupsUpdated} bản sao lưu.`);
      if (change.copiesRemoved.length > 0) {
        modal.info({ title: "Đã xóa các bản chép dở hoặc không mã hóa được", content: change.copiesRemoved.join("\n"), okText: "Đã hiểu" });
      }
      if (change.backupsLeft.length > 0) {
        modal.warning({ title: "Một số bản sao lưu giữ nguyên mật khẩu cũ", content: change.backupsLeft.join("\n"), okText: "Đã hiểu" });
      }
    } catch (e) {
      void message.error(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  if (status.status === "error") return <LoadError message={status.message} onRetry={status.reload} />;
  const isProtected = status.status === "ready" && status.value.protected;

  return (
    <Card size="small" title={<SectionTitle>Mật khẩu bảo vệ dữ liệu</SectionTitle>} data-testid="passphrase-card" style={{ marginTop: 16 }} loading={status.status === "loading"}>
      <Typography.Paragraph>
        {isProtected
          ? "Dữ liệu và các bản sao lưu đang được mã hóa bằng mật khẩu: mỗi lần mở ứng dụng cần nhập mật khẩu."
          : "Đặt mật khẩu để mã hóa tệp dữ liệu và các bản sao lưu: máy bị mất hoặc USB sao lưu rơi ra ngoài cũng không ai đọc được hồ sơ của người dân."}
      </Typography.Paragraph>
      <Alert type="warning" showIcon style={{ marginBottom: 12 }} title="Quên mật khẩu là mất dữ liệu: không ai mở lại được, kể cả người làm ứng dụng. Hãy ghi mật khẩu ra giấy, cất nơi an toàn." />
      <Form<Fields> form={form} layout="vertical" onFinish={(fields) => void save(fields, false)} style={{ maxWidth: 420 }}>
        {isProtected ? (
          <Form.Item name="current" label="Mật khẩu hiện tại" rules={[{ required: true, message: "Hãy nhập mật khẩu hiện tại." }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
        ) : null}
        <Form.Item name="next" label={isProtected ? "Mật khẩu mới" : "Mật khẩu"} rules={[{ required: true, message: "Hãy nhập mật khẩu." }, LONG_ENOUGH]}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label="Nhập lại mật khẩu"
          dependencies={["next"]}
          rules={[
            { required: true, message: "Hãy nhập lại mật khẩu." },
            ({ getFieldValue }) => ({
              validator: (_, value) => (value === getFieldValue("next") ? Promise.resolve() : Promise.reject(new Error("Hai lần nhập mật khẩu không giống nhau."))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Flex gap={8} wrap>
          <Button type="primary" htmlType="submit" loading={busy}>
            {isProtected ? "Đổi mật khẩu" : "Đặt mật khẩu"}
          </Button>
          {isProtected ? (
            <Button
              danger
              loading={busy}
              onClick={() =>
                void form.validateFields(["current"]).then(
                  (fields) => save(fields, true),
                  () => undefined,
                )
              }
            >
              Bỏ mật khẩu
            </Button>
          ) : null}
        </Flex>
      </Form>
    </Card>
  );
}
