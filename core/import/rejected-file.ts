import ExcelJS from "./exceljs";
import { callerFileName } from "../safe-file-name";

export interface RejectedForFile {
  row: number;
  reason: string;
  cells: string[];
}

/**
 * The rows that did not go in, with the file's own columns and a "Lý do"
 * column, so the clerk can fix them in Excel and import the file again.
 */
export async function rejectedRowsWorkbook(headers: string[], rows: RejectedForFile[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Dòng bị từ chối");
  const header = ws.addRow([...headers, "Lý do", "Dòng trong tệp gốc"]);
  header.font = { bold: true, name: "Times New Roman" };
  for (const r of rows) ws.addRow([...headers.map((_, i) => r.cells[i] ?? ""), r.reason, r.row]);
  ws.columns.forEach((c, i) => {
    c.width = i === headers.length ? 60 : Math.min(40, Math.max(10, (headers[i] ?? "").length + 4));
  });
  ws.views = [{ state: "frozen", ySplit: 1 }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The file of rejected rows, named after the file imported (its last part only: the name came from the caller). */
export const rejectedFileName = (fileName: string) => callerFileName(`${fileName.replace(/\.(xlsx|xlsm|csv)$/i, "")} - dong bi tu choi.xlsx`, ["xlsx"], "Các dòng bị từ chối");
