import { formatDateVi } from "../../../shared/dates";
import { readDeadline } from "./deadline";
import type { RegisterImporter } from "./importer";
import { PLAN_TASK_COLUMNS, type PlanTaskField } from "./plan-task-columns";
import type { RegisterRow } from "./register-row";
import type { Vocabulary } from "./vocabulary";

const STATUS: Vocabulary<"chua_thuc_hien" | "dang_thuc_hien" | "hoan_thanh"> = [
  ["hoan_thanh", ["Hoàn thành", "Đã hoàn thành", "Xong"]],
  ["dang_thuc_hien", ["Đang thực hiện", "Đang triển khai", "Chưa hoàn thành", "Đang"]],
  ["chua_thuc_hien", ["Chưa thực hiện", "Chưa triển khai"]],
];

const ROMAN = /^[IVXL]+$/;

/** The title of a section row ("I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", or "II" in STT beside its title); null for a task. */
function sectionTitle(row: RegisterRow<PlanTaskField>): string | null {
  const number = row.text("number").replace(/[.)]$/, "");
  if (ROMAN.test(number)) return row.text("title") || row.texts.find((t) => t && t !== row.text("number")) || null;
  const filled = row.texts.filter(Boolean);
  const heading = filled.length === 1 ? /^([IVXL]+)[.)]\s*(\S.*)$/.exec(filled[0]!) : null;
  return heading ? heading[2]! : null;
}

/** The deadline as written, and the last day it allows. */
function deadline(row: RegisterRow<PlanTaskField>, year: number): { text: string | null; date: string | null } {
  const cell = row.cell("deadline");
  if (!row.text("deadline")) return { text: null, date: null };
  const reading = readDeadline(cell, year);
  if (reading.kind === "invalid") row.reject(`Thời gian “${row.text("deadline")}” ở cột ${row.column("deadline")} có ngày không hợp lệ.`);
  const text = typeof cell === "string" ? cell.trim() : reading.kind === "date" ? formatDateVi(reading.date) : row.text("deadline");
  if (reading.kind !== "date") {
    row.note(`Thời gian “${text}” không chỉ ra tháng, quý hay ngày: giữ nguyên chữ, không tính hạn.`);
    return { text, date: null };
  }
  return { text, date: reading.date };
}

export const PLAN_TASK_IMPORT: RegisterImporter<PlanTaskField> = {
  register: "plan_tasks",
  table: "plan_tasks",
  title: "phụ lục nhiệm vụ Kế hoạch CCHC",
  spec: PLAN_TASK_COLUMNS,
  keyColumns: ["year", "title"],
  keyDescription: "cùng năm kế hoạch, nội dung nhiệm vụ",
  needsYear: true,
  absentColumnNotes: { status: "các nhiệm vụ không có ngày hoàn thành được ghi là chưa thực hiện." },
  rowReader({ year }) {
    let section: string | null = null;
    return (row) => {
      const heading = sectionTitle(row);
      if (heading) {
        section = heading;
        return null;
      }
      const completedDate = row.date("completedDate");
      const status = row.choice("status", STATUS) ?? (completedDate ? "hoan_thanh" : "chua_thuc_hien");
      if (completedDate && status !== "hoan_thanh") {
        row.reject(`Có ngày hoàn thành ở cột ${row.column("completedDate")} nhưng tình trạng là “${row.text("status")}”.`);
      }
      const due = deadline(row, year);
      return {
        values: {
          year,
          area: row.optional("area") ?? section,
          title: row.required("title", "nội dung nhiệm vụ"),
          lead_unit: row.optional("leadUnit"),
          coordinating_units: row.optional("coordinatingUnits"),
          product: row.optional("product"),
          deadline_text: due.text,
          deadline: due.date,
          status,
          completed_date: completedDate,
          note: row.optional("note"),
        },
      };
    };
  },
};
