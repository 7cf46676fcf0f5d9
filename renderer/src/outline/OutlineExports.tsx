import { useState } from "react";
import { Alert, App, Button, Checkbox, Flex } from "antd";
import { call, errorMessage } from "../api";
import type { ApiOutput } from "../../../core/api/contract";
import { downloadBase64 } from "../dossiers/files";
import { formatDate, formatNumber } from "../format";
import { formatFileSize } from "../../../core/file-size";
import { printHref } from "./printRoute";
import type { FilledOutline } from "./types";

type ExportedFile = ApiOutput<"outline.exportDocx">;
type ExportedBinder = ApiOutput<"outline.exportBinder">;

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

/** What the last binder exported still lacks: items without a document, documents without their file. */
function BinderGaps({ binder, onClose }: { binder: ExportedBinder; onClose: () => void }) {
  return (
    <Alert
      type="warning"
      showIcon
      closable={{ onClose }}
      data-testid="binder-gaps"
      title={`${binder.fileName}: hồ sơ còn thiếu ${formatNumber(binder.gaps.length)} chỗ (mục lục 00-Muc-luc.html trong tệp nén cũng ghi rõ).`}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 20, maxHeight: 160, overflowY: "auto" }}>
          {binder.gaps.map((gap, i) => (
            <li key={i}>{gap}</li>
          ))}
        </ul>
      }
    />
  );
}

/** The Word report, the evidence checklist (Word), its print view (PDF or paper), and the evidence binder (a zip of the files by item). */
export function OutlineExports({ outline, period }: { outline: FilledOutline; period: string }) {
  const { message, notification } = App.useApp();
  const [busy, setBusy] = useState<"report" | "checklist" | "binder" | null>(null);
  const [appendPhuLuc3, setAppendPhuLuc3] = useState(outline.document.appendPhuLuc3);
  // Where the province lets units estimate to a later day, the annual report may send the estimates.
  const estimateTo = outline.outline.kind === "bao_cao" ? outline.period.estimateTo : null;
  const [estimate, setEstimate] = useState(false);
  const [draft, setDraft] = useState<ExportedFile | null>(null);
  const [binder, setBinder] = useState<ExportedBinder | null>(null);
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

  const exportBinder = async () => {
    setBusy("binder");
    try {
      const file = await call("outline.exportBinder", { outlineId, period });
      downloadBase64(file.fileName, file.contentBase64);
      setBinder(file.gaps.length > 0 ? file : null);
      void message.success(`Đã xuất ${file.fileName}: ${formatNumber(file.files)} tệp, ${formatFileSize(file.bytes)}.`);
      if (file.outboxNote) notification.info({ title: "Không để bản sao trong Hộp thư đi", description: file.outboxNote, duration: 0 });
    } catch (e) {
      notification.error({ title: "Không xuất được hồ sơ minh chứng", description: errorMessage(e), duration: 0 });
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
        <Button loading={busy === "binder"} onClick={() => void exportBinder()}>
          Xuất hồ sơ minh chứng
        </Button>
      </Flex>
      {draft && <DraftGaps file={draft} onClose={() => setDraft(null)} />}
      {binder && <BinderGaps binder={binder} onClose={() => setBinder(null)} />}
    </Flex>
  );
}
