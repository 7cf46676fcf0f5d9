import { useEffect, useState } from "react";
import { App, Button, Flex, Skeleton } from "antd";
import { evidenceChecklistFileName } from "../../../core/exports/file-names";
import { attachedTo, checklistRows, evidenceSummary, fileMark, inspectionWhen, responsibleRows } from "../../../core/outline/checklist";
import { errorMessage, valueOf } from "../api";
import { LoadError } from "../components/LoadError";
import { downloadBase64 } from "../dossiers/files";
import { formatDate } from "../format";
import { hrefOf } from "../nav";
import { useApi } from "../useApi";
import type { FilledOutline } from "./types";
import "./print.css";

function Header({ outline }: { outline: FilledOutline }) {
  const doc = outline.document;
  return (
    <table className="print-header">
      <tbody>
        <tr>
          <td>
            <div>{doc.issuer[0]}</div>
            <div className="strong">{doc.issuer[1]}</div>
            <div className="print-rule short" />
          </td>
          <td>
            <div className="strong national">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div>
            <div className="strong">Độc lập - Tự do - Hạnh phúc</div>
            <div className="print-rule long" />
            <div className="italic">{doc.dateLine}</div>
          </td>
        </tr>
      </tbody>
    </table>
  );
}

/** Column widths in per cent of the page, so long summaries get the room rather than the numbers. */
function Columns({ widths }: { widths: number[] }) {
  return (
    <colgroup>
      {widths.map((w, i) => (
        <col key={i} style={{ width: `${w}%` }} />
      ))}
    </colgroup>
  );
}

function Checklist({ outline }: { outline: FilledOutline }) {
  const filled = outline;
  const { inspection, period } = outline;
  return (
    <article className="print-page" data-testid="evidence-print">
      <Header outline={outline} />
      <h1>DANH MỤC TÀI LIỆU MINH CHỨNG</h1>
      <p className="center italic">{attachedTo(filled)}</p>
      <p>
        <b>Thời gian kiểm tra:</b> {inspectionWhen(inspection) ?? "chưa xác định"}
      </p>
      <p>
        <b>Địa điểm:</b> {inspection.place ?? "chưa xác định"}
      </p>
      <p>
        <b>Đoàn kiểm tra:</b> {inspection.team ?? "chưa xác định"}
      </p>
      <p>
        <b>Số liệu báo cáo:</b> từ ngày {formatDate(period.from)} đến ngày {formatDate(period.to)}
      </p>
      <p>
        <b>Tình hình tài liệu minh chứng:</b> {evidenceSummary(filled)}
      </p>
      <p className="keep-with-next">
        <b>Người chịu trách nhiệm cung cấp tài liệu, hồ sơ cho Đoàn kiểm tra:</b>
      </p>
      <table className="print-table">
        <Columns widths={[8, 40, 28, 24]} />
        <thead>
          <tr>
            <th>STT</th>
            <th>Phòng, đơn vị</th>
            <th>Người chịu trách nhiệm</th>
            <th>Phụ trách các mục</th>
          </tr>
        </thead>
        <tbody>
          {responsibleRows(filled).map((r, i) => (
            <tr key={r.code}>
              <td className="center">{i + 1}</td>
              <td>{r.departmentName}</td>
              <td>{r.person ?? <i>Chưa phân công</i>}</td>
              <td>{r.items.join(", ")}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="keep-with-next">
        <b>Tài liệu minh chứng theo từng nội dung của đề cương:</b>
      </p>
      <table className="print-table evidence">
        <Columns widths={[6, 27, 16, 12, 28, 11]} />
        <thead>
          <tr>
            <th>STT</th>
            <th>Nội dung đề cương</th>
            <th>Số, ký hiệu</th>
            <th>Ngày ban hành</th>
            <th>Trích yếu nội dung</th>
            <th>Tệp</th>
          </tr>
        </thead>
        <tbody>
          {checklistRows(filled).flatMap((row) => {
            if (row.kind === "part")
              return [
                <tr key={row.node.key} className="part">
                  <td colSpan={6}>
                    {row.node.number}. {row.node.text}
                  </td>
                </tr>,
              ];
            const label = `${row.node.key}. ${row.node.text}`;
            if (row.documents.length === 0)
              return [
                <tr key={row.node.key} className="missing">
                  <td className="center">{row.index}</td>
                  <td>{label}</td>
                  <td colSpan={4}>
                    <b>Chưa có tài liệu minh chứng</b>
                  </td>
                </tr>,
              ];
            return row.documents.map((d, i) => (
              <tr key={`${row.node.key}-${d.documentId}`}>
                {i === 0 ? (
                  <>
                    <td className="center" rowSpan={row.documents.length}>
                      {row.index}
                    </td>
                    <td rowSpan={row.documents.length}>{label}</td>
                  </>
                ) : null}
                <td className="nowrap">{d.numberSymbol}</td>
                <td className="center">{formatDate(d.date)}</td>
                <td>{d.summary}</td>
                <td className={d.fileCount > 0 ? "nowrap" : "nowrap missing-file"}>{d.fileCount > 0 ? fileMark(d) : <b>{fileMark(d)}</b>}</td>
              </tr>
            ));
          })}
        </tbody>
      </table>
    </article>
  );
}

/**
 * The evidence checklist as a page to print or save as PDF: the desktop app
 * prints it with Electron's printToPDF, the browser with its own print.
 */
export function EvidencePrint({ outlineId, period }: { outlineId: string; period: string }) {
  const { message } = App.useApp();
  const loaded = useApi("outline.get", { outlineId, period });
  const [busy, setBusy] = useState(false);
  const outline = loaded.status === "ready" ? loaded.value : null;

  useEffect(() => {
    document.title = "Danh mục tài liệu minh chứng – CCHC Xã";
  }, []);

  const savePdf = async () => {
    const bridge = window.cchc;
    if (!outline) return;
    if (!bridge?.printToPdf) {
      window.print();
      return;
    }
    setBusy(true);
    try {
      const pdf = valueOf(await bridge.printToPdf());
      downloadBase64(evidenceChecklistFileName(outline).replace(/\.docx$/, ".pdf"), pdf);
    } catch (e) {
      void message.error(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="print-view">
      <Flex className="no-print print-toolbar" gap={8} justify="center">
        <Button href={hrefOf("de-cuong")}>Quay lại Đề cương kiểm tra</Button>
        <Button type="primary" disabled={!outline} loading={busy} onClick={() => void savePdf()}>
          {window.cchc?.printToPdf ? "Lưu PDF" : "In / Lưu PDF"}
        </Button>
      </Flex>
      {loaded.status === "error" ? <LoadError message={loaded.message} onRetry={loaded.reload} /> : null}
      {outline ? <Checklist outline={outline} /> : loaded.status === "loading" ? <Skeleton active /> : null}
    </div>
  );
}
