import { Alert, Button, Modal, Progress, Typography } from "antd";
import { ErrorAlert } from "../dossiers/ErrorAlert";
import { stack } from "../dossiers/layout";
import { formatNumber } from "../format";
import { BulkPreviewTable } from "./BulkPreviewTable";
import { FileDropArea } from "./FileDropArea";
import { KINDS_ACCEPTED } from "./kindsAccepted";
import { chosenRows, useBulkAttach, type BulkResult, type BulkRow } from "./useBulkAttach";

interface Props {
  onClose: () => void;
  /** After files were attached (the register's counts). */
  onAttached: () => void;
}

/** "12 tệp: 8 khớp, 1 cần chọn văn bản, 2 không khớp (bỏ qua), 1 bị từ chối." */
function previewSummary(rows: readonly BulkRow[]): string {
  const count = (keep: (r: BulkRow) => boolean) => rows.filter(keep).length;
  const parts = [
    [count((r) => !r.problem && r.match?.state === "khop"), "khớp một văn bản"],
    [count((r) => !r.problem && r.match?.state === "nhieu"), "khớp nhiều văn bản (hãy chọn)"],
    [count((r) => !r.problem && r.match?.state !== "khop" && r.match?.state !== "nhieu"), "không khớp (bỏ qua)"],
    [count((r) => r.problem !== null), "bị từ chối"],
  ] as const;
  const said = parts.filter(([n]) => n > 0).map(([n, what]) => `${formatNumber(n)} ${what}`);
  return `${formatNumber(rows.length)} tệp: ${said.join(", ")}.`;
}

function ResultAlerts({ result }: { result: BulkResult }) {
  const already = result.already > 0 ? ` ${formatNumber(result.already)} tệp đã có từ trước (cùng nội dung), không thêm lần nữa.` : "";
  return (
    <div style={stack(8)} data-testid="bulk-result">
      <Alert type={result.added > 0 ? "success" : "info"} showIcon title={`Đã đính kèm ${formatNumber(result.added)} tệp vào ${formatNumber(result.documents)} văn bản.${already}`} />
      {result.stopped && (
        <ErrorAlert
          title={`${formatNumber(result.notSent)} tệp chưa được đính kèm`}
          message={`${result.stopped} Các tệp đã đính kèm ở trên vẫn giữ nguyên; chọn lại thư mục để đính kèm tiếp (tệp đã có sẽ không bị thêm lần nữa).`}
        />
      )}
    </div>
  );
}

/** “Đính kèm theo thư mục”: a folder of scans matched to the register by the numbers in their names, previewed, then attached. */
export function BulkAttachModal({ onClose, onAttached }: Props) {
  const bulk = useBulkAttach(onAttached);
  const { phase, rows, result } = bulk;
  const chosen = chosenRows(rows).length;
  const attaching = phase === "attaching";

  const footer =
    phase === "preview" || attaching ? (
      <>
        <Button onClick={bulk.restart} disabled={attaching}>
          Chọn tệp khác
        </Button>
        <Button type="primary" loading={attaching} disabled={chosen === 0} onClick={() => void bulk.attach()}>
          {`Đính kèm ${formatNumber(chosen)} tệp`}
        </Button>
      </>
    ) : phase === "done" ? (
      <>
        <Button onClick={bulk.restart}>Đính kèm thư mục khác</Button>
        <Button type="primary" onClick={onClose}>
          Đóng
        </Button>
      </>
    ) : (
      <Button onClick={onClose}>Đóng</Button>
    );

  return (
    <Modal open title="Đính kèm tệp theo thư mục" width={1040} style={{ top: 32 }} onCancel={() => !attaching && onClose()} maskClosable={false} footer={footer}>
      <div style={stack(12)}>
        {bulk.error && <ErrorAlert title="Chưa đọc được các tệp đã chọn" message={bulk.error} />}
        {phase === "pick" || phase === "checking" ? (
          <>
            <Typography.Paragraph style={{ margin: 0 }}>
              Chọn các tệp scan (hoặc cả thư mục) đặt tên theo số, ký hiệu văn bản, ví dụ “25-KH-UBND.pdf”, “25_KH-UBND_2025.pdf”, “QĐ 14.QĐ-UBND (ban ky).pdf”. Ứng dụng tìm văn bản trong sổ theo số
              trong tên tệp và cho xem trước; chưa tệp nào được đính kèm cho đến khi bấm “Đính kèm”.
            </Typography.Paragraph>
            <FileDropArea
              testId="bulk-drop"
              busy={phase === "checking"}
              pickLabel="Chọn các tệp"
              inputLabel="Chọn các tệp để đính kèm theo thư mục"
              folder
              hint={KINDS_ACCEPTED}
              onFiles={(files) => void bulk.pick(files)}
            />
          </>
        ) : (
          <>
            {phase === "done" && result ? (
              <ResultAlerts result={result} />
            ) : (
              <Typography.Text strong data-testid="bulk-summary">
                {previewSummary(rows)}
              </Typography.Text>
            )}
            {attaching && (
              <Progress
                percent={Math.round((100 * bulk.progress.sent) / Math.max(1, bulk.progress.total))}
                format={() => `${formatNumber(bulk.progress.sent)}/${formatNumber(bulk.progress.total)} tệp`}
              />
            )}
            <BulkPreviewTable rows={rows} documents={bulk.documents} busy={phase !== "preview"} onChoose={bulk.choose} />
          </>
        )}
      </div>
    </Modal>
  );
}
