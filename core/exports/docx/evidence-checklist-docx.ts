/**
 * The evidence checklist an inspection team reads, as a Word file: a cover
 * with the inspection's date, time and place and who answers for each
 * department, then every item of the outline with the documents that back
 * it (số ký hiệu, ngày, trích yếu, whether its file is attached); items
 * still without one are flagged in bold. The evidence binder writes it with
 * the names of the files it holds, and its sizes.
 */
import { Document, Packer, Paragraph, Table, TableRow, WidthType } from "docx";
import { formatDateVi } from "../../../shared/dates";
import type { EvidenceDocument, FilledNode, FilledOutline } from "../../outline/filled-types";
import { attachedTo, checklistRows, evidenceSummary, fileMark, inspectionWhen, responsibleRows, type ChecklistRow } from "../../outline/checklist";
import { bodyParagraph, centred, columnWidths, DOCUMENT_STYLES, documentHeader, nd30Section, run, tableCell, TEXT_WIDTH, titleBlock } from "./nd30";

export const CHECKLIST_TITLE = "DANH MỤC TÀI LIỆU MINH CHỨNG";

const sum = (widths: number[], from: number, count: number) => widths.slice(from, from + count).reduce((a, b) => a + b, 0);

const RESPONSIBLE_COLUMNS_MM = [12, 70, 45, 38] as const;

function responsibleTable(filled: FilledOutline): Table {
  const widths = columnWidths(RESPONSIBLE_COLUMNS_MM);
  const header = ["STT", "Phòng, đơn vị", "Người chịu trách nhiệm", "Phụ trách các mục"];
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h, i) => tableCell(h, widths[i]!, { bold: true, align: "center" })) }),
      ...responsibleRows(filled).map(
        (r, n) =>
          new TableRow({
            cantSplit: true,
            children: [String(n + 1), r.departmentName, r.person ?? "Chưa phân công", r.items.join(", ")].map((t, i) =>
              tableCell(t, widths[i]!, { align: i === 0 ? "center" : "left", italics: i === 2 && !r.person }),
            ),
          }),
      ),
    ],
  });
}

const EVIDENCE_COLUMNS_MM = [11, 36, 27, 22, 40, 29] as const;

/** What the file column says of a document (by default "Có tệp" / "Chưa có tệp"), and lines added to the cover. */
export interface ChecklistOptions {
  fileCell?: (row: Extract<ChecklistRow, { kind: "item" }>, doc: EvidenceDocument) => string;
  coverLines?: [label: string, value: string][];
}

const itemLabel = (node: FilledNode) => `${node.key}. ${node.text}`;

function evidenceTable(filled: FilledOutline, fileCell: NonNullable<ChecklistOptions["fileCell"]>): Table {
  const widths = columnWidths(EVIDENCE_COLUMNS_MM);
  const header = ["STT", "Nội dung đề cương", "Số, ký hiệu", "Ngày ban hành", "Trích yếu nội dung", "Tệp"];
  const rows: TableRow[] = [new TableRow({ tableHeader: true, children: header.map((h, i) => tableCell(h, widths[i]!, { bold: true, align: "center" })) })];
  for (const row of checklistRows(filled)) {
    if (row.kind === "part") {
      rows.push(new TableRow({ cantSplit: true, children: [tableCell(`${row.node.number}. ${row.node.text}`, TEXT_WIDTH, { bold: true, columnSpan: header.length })] }));
      continue;
    }
    const lead = (span: number) => [tableCell(String(row.index), widths[0]!, { align: "center", rowSpan: span }), tableCell(itemLabel(row.node), widths[1]!, { rowSpan: span })];
    if (row.documents.length === 0) {
      rows.push(new TableRow({ cantSplit: true, children: [...lead(1), tableCell("Chưa có tài liệu minh chứng", sum(widths, 2, 4), { bold: true, columnSpan: 4 })] }));
      continue;
    }
    row.documents.forEach((doc: EvidenceDocument, i) => {
      const documentCells = [
        tableCell(doc.numberSymbol, widths[2]!),
        tableCell(formatDateVi(doc.date), widths[3]!, { align: "center" }),
        tableCell(doc.summary, widths[4]!),
        tableCell(fileCell(row, doc), widths[5]!, { bold: doc.fileCount === 0 }),
      ];
      rows.push(new TableRow({ cantSplit: true, children: i === 0 ? [...lead(row.documents.length), ...documentCells] : documentCells }));
    });
  }
  return new Table({ width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: widths, rows });
}

function cover(filled: FilledOutline, extra: [string, string][]): (Paragraph | Table)[] {
  const { inspection, period } = filled;
  const line = (label: string, value: string) => bodyParagraph([run(`${label}: `, { bold: true }), run(value)]);
  return [
    line("Thời gian kiểm tra", inspectionWhen(inspection) ?? "chưa xác định"),
    line("Địa điểm", inspection.place ?? "chưa xác định"),
    line("Đoàn kiểm tra", inspection.team ?? "chưa xác định"),
    line("Số liệu báo cáo", `từ ngày ${formatDateVi(period.from)} đến ngày ${formatDateVi(period.to)}`),
    line("Tình hình tài liệu minh chứng", evidenceSummary(filled)),
    ...extra.map(([label, value]) => line(label, value)),
    bodyParagraph([run("Người chịu trách nhiệm cung cấp tài liệu, hồ sơ cho Đoàn kiểm tra:", { bold: true })], { keepNext: true }),
    responsibleTable(filled),
    bodyParagraph([run("Tài liệu minh chứng theo từng nội dung của đề cương:", { bold: true })], { keepNext: true, before: 240 }),
  ];
}

/** The Word file of the evidence checklist of a filled outline. */
export async function evidenceChecklistDocxBuffer(filled: FilledOutline, options: ChecklistOptions = {}): Promise<Buffer> {
  const doc = filled.document;
  const children: (Paragraph | Table)[] = [
    documentHeader(doc.issuer, null, doc.dateLine),
    // As an appendix is headed: the title, the "Kèm theo …" line under it, then the rule.
    ...titleBlock([CHECKLIST_TITLE], { before: 360, under: [centred(run(attachedTo(filled), { italics: true }), { keepNext: true })] }),
    ...cover(filled, options.coverLines ?? []),
    evidenceTable(filled, options.fileCell ?? ((_, doc) => fileMark(doc))),
  ];
  const document = new Document({ creator: filled.unit?.name ?? "CCHC Xã", title: `${CHECKLIST_TITLE} – ${filled.outline.name}`, styles: DOCUMENT_STYLES, sections: [nd30Section(children)] });
  return Packer.toBuffer(document);
}
