import { useState } from "react";
import { App, Button } from "antd";
import { call, errorMessage } from "../api";
import { downloadBase64 } from "../dossiers/files";
import { formatNumber } from "../format";

/** "Xuất Excel (Phụ lục 3)": the report as the built-in Excel form; marked DỰ THẢO while errors remain. */
export function ExcelExportButton({ period, estimate }: { period: string; estimate: boolean }) {
  const { message, notification } = App.useApp();
  const [busy, setBusy] = useState(false);

  const exportXlsx = async () => {
    setBusy(true);
    try {
      const file = await call("report.exportXlsx", { period, estimate });
      downloadBase64(file.fileName, file.contentBase64);
      if (file.draft) {
        notification.warning({
          title: `Đã xuất ${file.fileName}`,
          description: `Tệp được đánh dấu DỰ THẢO vì còn ${formatNumber(file.errors)} lỗi trong số liệu. Sửa hết lỗi rồi xuất lại để có bản chính thức.`,
          duration: 10,
          // Away from the page's buttons, which it would otherwise cover.
          placement: "bottomRight",
        });
      } else {
        void message.success(`Đã xuất ${file.fileName}.`);
      }
    } catch (e) {
      notification.error({ title: "Không xuất được tệp Excel", description: errorMessage(e), duration: 0 });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Button type="primary" loading={busy} onClick={() => void exportXlsx()}>
      Xuất Excel (Phụ lục 3)
    </Button>
  );
}
