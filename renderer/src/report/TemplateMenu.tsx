import { useRef, useState } from "react";
import { App, Button, Dropdown, Flex, Typography } from "antd";
import { call, errorMessage } from "../api";
import { formatNumber } from "../format";
import { useApi } from "../useApi";

/** Which Phụ lục 3 template is in use; a province's own (a JSON file) can be loaded, or the built-in one taken back. */
export function TemplateMenu({ onChanged }: { onChanged: () => void }) {
  const template = useApi("report.template.get", {});
  const { message, notification } = App.useApp();
  const [busy, setBusy] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  const change = async (file: { fileName: string; text: string } | null) => {
    setBusy(true);
    try {
      const info = await call("report.template.set", { file });
      void message.success(file ? `Đã dùng mẫu “${info.title}” từ tệp ${file.fileName}.` : "Đã dùng lại mẫu Phụ lục 3 mặc định.");
      template.reload();
      onChanged();
    } catch (e) {
      notification.error({ title: "Không đổi được mẫu Phụ lục 3", description: errorMessage(e), duration: 0 });
    } finally {
      setBusy(false);
    }
  };

  const pick = async (picked: File | undefined) => {
    if (fileInput.current) fileInput.current.value = "";
    if (picked) await change({ fileName: picked.name, text: await picked.text() });
  };

  const info = template.status === "ready" ? template.value : null;
  const description = info
    ? `${info.title} (${formatNumber(info.indicators)} chỉ tiêu)${info.fileName ? ` – tệp ${info.fileName}` : " – mẫu mặc định"}`
    : template.status === "error"
      ? template.message
      : "Đang tải…";

  return (
    <Flex gap={8} align="center" wrap data-testid="report-template">
      <Typography.Text type="secondary">Mẫu: {description}</Typography.Text>
      <Dropdown
        trigger={["click"]}
        disabled={busy}
        menu={{
          items: [
            { key: "load", label: "Nạp mẫu của tỉnh…" },
            { key: "default", label: "Dùng mẫu mặc định", disabled: !info?.fileName },
          ],
          onClick: ({ key }) => (key === "load" ? fileInput.current?.click() : void change(null)),
        }}
      >
        <Button size="small" loading={busy}>
          Đổi mẫu
        </Button>
      </Dropdown>
      <input ref={fileInput} type="file" accept=".json,application/json" hidden aria-label="Tệp mẫu Phụ lục 3 của tỉnh" onChange={(e) => void pick(e.target.files?.[0])} />
    </Flex>
  );
}
