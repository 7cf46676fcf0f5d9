import { useState } from "react";
import { Alert, App, Button, Checkbox, Flex } from "antd";
import { call, errorMessage } from "../api";
import type { ApiOutput } from "../../../core/api/contract";
import { downloadBase64 } from "../dossiers/files";
import { formatDate } from "../format";
import { printHref } from "./printRoute";
import type { FilledOutline } from "./types";

type ExportedFile = ApiOutput<"outline.exportDocx">;

/** The gaps of the last report exported as a draft: what to complete before the final one. */
function DraftGaps({ file, onClose }: { file: ExportedFile; onClose: () => void }) {
  return (
    <Alert
      type="warning"
      showIcon
      closable={{ onClose }}
      data-testid="draft-gaps"
      title={`${file.fileName} là bản DỰ THẢO: còn ${file.gaps.length} chỗ thiếu. Bổ sung rồi xuất lại để có bản chính thức.`}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {file.gaps.map((gap, i) => (
            <li key={i}>{gap.message}</li>
          ))}
        </ul>
      }
    />
  );
}

/** The Word report, the evidence checklist (Word), and the checklist's print view (PDF or paper). */
export function OutlineExports({ outline, period }: { outline: FilledOutline; period: string }) {
  const { message, notification } = App.useApp();
  const [busy, setBusy] = useState<"report" | "checklist" | null>(null);
  const [appendPhuLuc3, setAppendPhuLuc3] = useState(outline.document.appendPhuLuc3);
  // Where the province lets units estimate to a later day, the annual report may send the estimates.
  const estimateTo = outline.outline.kind === "bao_cao" ? outline.period.estimateTo : null;
  const [estimate, setEstimate] = useState(false);
  const [draft, setDraft] = useState<ExportedFile | null>(null);
  const outlineId = outline.outline.id;

  const download = async (which: "report" | "checklist") => {
    setBusy(which);
    try {
      const file =
        which === "report"
          ? await call("outline.exportDocx", { outlineId, period, appendPhuLuc3, estimate: estimateTo !== null && estimate })
          : await call("outline.exportChecklistDocx", { outlineId, period });
      downloadBase64(file.fileName, file.contentBase64);
      if (which === "report") setDraft(file.draft ? file : null);
      void (file.draft ? message.warning(`Đã xuất bản dự thảo ${file.fileName}.`) : message.success(`Đã xuất ${file.fileName}.`));
    } catch (e) {
      notification.error({ title: "Không xuất được tệp Word", description: errorMessage(e), duration: 0 });
    } finally {
      setBusy(null);
    }
  };

  return (
    <Flex vertical gap={8}>
      <Flex gap={8} wrap align="center">
        <Button type="primary" loading={busy === "report"} onClick={() => void download("report")}>
          Xuất báo cáo (Word)
        </Button>
        <Checkbox checked={appendPhuLuc3} onChange={(e) => setAppendPhuLuc3(e.target.checked)}>
          Kèm Phụ lục 3
        </Checkbox>
        {estimateTo && (
          <Checkbox checked={estimate} onChange={(e) => setEstimate(e.target.checked)}>
            Số liệu ước đạt đến {formatDate(estimateTo)}
          </Checkbox>
        )}
        <Button loading={busy === "checklist"} onClick={() => void download("checklist")}>
          Danh mục minh chứng (Word)
        </Button>
        <Button href={printHref(outlineId, period)}>In danh mục minh chứng</Button>
      </Flex>
      {draft && <DraftGaps file={draft} onClose={() => setDraft(null)} />}
    </Flex>
  );
}
