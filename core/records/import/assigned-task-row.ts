import { ASSIGNED_TASK_COLUMNS, type AssignedTaskField } from "./assigned-task-columns";
import { readDeadline } from "./deadline";
import { departmentReader } from "./departments";
import type { RegisterImporter } from "./importer";
import type { RegisterRow } from "./register-row";

/** A date, or a month or quarter ("Quý II/2025") read as its last day, never before the day the task was given. */
function deadlineOf(row: RegisterRow<AssignedTaskField>, assignedDate: string): string {
  const cell = row.cell("deadline");
  if (!row.text("deadline")) row.reject(`Thiếu hạn hoàn thành (cột ${row.column("deadline")}).`);
  const reading = readDeadline(cell, Number(assignedDate.slice(0, 4)), assignedDate);
  if (reading.kind !== "date") row.reject(`Hạn “${row.text("deadline")}” ở cột ${row.column("deadline")} không phải ngày, tháng hay quý hợp lệ.`);
  if (reading.date < assignedDate) row.reject(`Hạn hoàn thành ở cột ${row.column("deadline")} trước ngày giao ở cột ${row.column("assignedDate")}.`);
  return reading.date;
}

export const ASSIGNED_TASK_IMPORT: RegisterImporter<AssignedTaskField> = {
  register: "assigned_tasks",
  table: "assigned_tasks",
  title: "sổ theo dõi nhiệm vụ được tỉnh giao",
  spec: ASSIGNED_TASK_COLUMNS,
  keyColumns: ["title", "assigned_date"],
  keyDescription: "cùng nội dung nhiệm vụ, ngày giao",
  rowReader({ sqlite }) {
    const departmentOf = departmentReader(sqlite);
    return (row) => {
      const title = row.required("title", "nội dung nhiệm vụ");
      const assignedDate = row.requiredDate("assignedDate", "ngày giao");
      const completedDate = row.date("completedDate");
      if (completedDate && completedDate < assignedDate) {
        row.reject(`Ngày hoàn thành ở cột ${row.column("completedDate")} trước ngày giao ở cột ${row.column("assignedDate")}.`);
      }
      return {
        values: {
          title,
          source_document: row.optional("sourceDocument"),
          assigned_by: row.optional("assignedBy"),
          assigned_date: assignedDate,
          deadline: deadlineOf(row, assignedDate),
          completed_date: completedDate,
          department_code: departmentOf(row, "department"),
          note: row.optional("note"),
        },
      };
    };
  },
};
