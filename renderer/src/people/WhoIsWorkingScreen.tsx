import { useState } from "react";
import { Button, Card, Flex, Typography } from "antd";
import { NewPersonForm } from "./NewPersonForm";
import { workAs } from "./session";

/** Shown at start when the app cannot tell who is working: a known name to pick, or "Người khác…" to type one. No password. */
export function WhoIsWorkingScreen({ known }: { known: string[] }) {
  const [typing, setTyping] = useState(known.length === 0);

  return (
    <main style={{ minHeight: "100vh", display: "flex", alignItems: "center", justifyContent: "center", padding: 24 }}>
      <Card style={{ width: 480, maxWidth: "100%" }} data-testid="who-is-working">
        <Typography.Title level={1} style={{ fontSize: 22, marginTop: 0 }}>
          Ai đang làm việc?
        </Typography.Title>
        <Typography.Paragraph>
          {known.length > 0 ? "Chọn tên của bạn" : "Hãy cho biết họ tên của bạn"}: tên này được ghi vào nhật ký thay đổi, gói giao phòng ban và Hộp thư đi. Đổi người bất cứ lúc nào ở góc trên bên
          phải.
        </Typography.Paragraph>
        {known.length > 0 && (
          <Flex vertical gap={8} style={{ marginBottom: typing ? 16 : 0 }}>
            {known.map((name) => (
              <Button key={name} block size="large" onClick={() => workAs(name)}>
                {name}
              </Button>
            ))}
            {!typing && (
              <Button type="link" onClick={() => setTyping(true)} style={{ alignSelf: "flex-start", paddingInline: 0 }}>
                Người khác…
              </Button>
            )}
          </Flex>
        )}
        {typing && <NewPersonForm submitLabel="Bắt đầu làm việc" />}
      </Card>
    </main>
  );
}
