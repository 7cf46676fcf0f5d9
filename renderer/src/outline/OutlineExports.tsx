import { useState } from "react";
import { App, Button, Checkbox, Flex } from "antd";
import { call, errorMessage } from "../api";
import { downloadBase64 } from "../dossiers/files";
import { printHref } from "./printRoute";
import type { FilledOutline } from "./types";

/** The Word report, the evidence checklist (Word), and the checklist's print view (PDF or paper). */
export function OutlineExports({ outline, period }: { outline: FilledOutline; period: string }) {
  const { message, notification } = App.useApp();
  const [busy, setBusy] = useState<"report" | "checklist" | null>(null);
  const [appendPhuLuc3, setAppendPhuLuc3] = useState(outline.document.appendPhuLuc3);
  const outlineId = outline.outline.id;

  const download = async (which: "report" | "checklist") => {
    setBusy(which);
    try {
      const file =
        which === "report" ? await call("outline.exportDocx", { outlineId, period, appendPhuLuc3 }) : await call("outline.exportChecklistDocx", { outlineId, period });
      downloadBase64(file.fileName, file.contentBase64);
      const { texts, figures } = outline.progress;
      const missing = texts.total - texts.done + (figures.total - figures.done);
      if (which === "report" && missing > 0) {
        notification.warning({
          title: `Đã xuất ${file.fileName}`,
          description: `Còn ${missing} nội dung hoặc số liệu chưa có; trong tệp, chỗ thiếu được ghi "[Chưa có nội dung …]" màu đỏ để bổ sung trước khi trình ký.`,
          duration: 10,
          placement: "bottomRight",
        });
      } else {
        void message.success(`Đã xuất ${file.fileName}.`);
      }
    } catch (e) {
      notification.error({ title: "Không xuất được tệp Word", description: errorMessage(e), duration: 0 });
    } finally {
      setBusy(null);
    }
  };

  return (
    <Flex gap={8} wrap align="center">
      <Button type="primary" loading={busy === "report"} onClick={() => void download("report")}>
        Xuất báo cáo (Word)
      </Button>
      <Checkbox checked={appendPhuLuc3} onChange={(e) => setAppendPhuLuc3(e.target.checked)}>
        Kèm Phụ lục 3
      </Checkbox>
      <Button loading={busy === "checklist"} onClick={() => void download("checklist")}>
        Danh mục minh chứng (Word)
      </Button>
      <Button href={printHref(outlineId, period)}>In danh mục minh chứng</Button>
    </Flex>
  );
}
