import { formatDateVi } from "../../../shared/dates";
import { FIELD_LIMITS } from "../../field-limits";
import type { EnumOption, RegisterDescriptor } from "./descriptor";
import { optionLabel } from "./descriptor";

/**
 * The figures of Phụ lục 3 section VI entered by hand, labelled as templates/phu-luc-3.json labels them (a sub-row
 * with its whole in front, so that it reads alone in a list); test/unit/registers.test.ts keeps the two alike.
 */
export const FINANCE_CODES: readonly EnumOption[] = [
  { value: "tai_chinh.dvsn.tong", label: "Tổng số đơn vị sự nghiệp công lập trực thuộc" },
  { value: "tai_chinh.dvsn.nhom_1", label: "Đơn vị sự nghiệp công lập – Nhóm 1 (tự bảo đảm chi thường xuyên và chi đầu tư)" },
  { value: "tai_chinh.dvsn.nhom_2", label: "Đơn vị sự nghiệp công lập – Nhóm 2 (tự bảo đảm chi thường xuyên)" },
  { value: "tai_chinh.dvsn.nhom_3", label: "Đơn vị sự nghiệp công lập – Nhóm 3 (tự bảo đảm một phần chi thường xuyên)" },
  { value: "tai_chinh.dvsn.nhom_4", label: "Đơn vị sự nghiệp công lập – Nhóm 4 (do Nhà nước bảo đảm chi thường xuyên)" },
  { value: "tai_chinh.ngan_sach.thu", label: "Tổng thu ngân sách địa phương" },
  { value: "tai_chinh.ngan_sach.chi", label: "Tổng chi ngân sách địa phương" },
  { value: "tai_chinh.dau_tu_cong.ke_hoach", label: "Kế hoạch vốn đầu tư công được giao" },
  { value: "tai_chinh.dau_tu_cong.giai_ngan", label: "Số vốn đầu tư công đã giải ngân" },
];

/** Counts of service units are whole numbers; the rest are sums of money. */
const countsUnits = (code: unknown) => String(code).startsWith("tai_chinh.dvsn.");

export const finance: RegisterDescriptor = {
  key: "finance",
  table: "finance_figures",
  noun: "số liệu tài chính",
  title: "Số liệu tài chính công",
  purpose: "Ghi số đơn vị sự nghiệp công lập theo nhóm tự chủ, thu, chi ngân sách và vốn đầu tư công (triệu đồng) đến từng ngày chốt số liệu. Số liệu mục VI. Cải cách tài chính công của Phụ lục 3.",
  fields: [
    { key: "year", column: "year", label: "Năm ngân sách", short: "Năm", type: "year", required: true, inList: true, searchable: true, width: 64 },
    { key: "asOf", column: "as_of", label: "Số liệu đến ngày", type: "date", required: true, inList: true, width: 110 },
    { key: "code", column: "code", label: "Chỉ tiêu", type: "enum", options: FINANCE_CODES, required: true, inList: true, searchable: true },
    {
      key: "value",
      column: "value",
      label: "Giá trị",
      type: "number",
      min: 0,
      max: 1e9,
      required: true,
      help: "Số đơn vị với các chỉ tiêu đơn vị sự nghiệp; triệu đồng với thu, chi ngân sách và vốn đầu tư công.",
      inList: true,
      width: 120,
    },
    { key: "note", column: "note", label: "Ghi chú", type: "longtext", max: FIELD_LIMITS.note, inList: true, searchable: true, width: 200 },
  ],
  shown: [{ key: "enteredBy", label: "Người nhập", sql: "entered_by", empty: "–", width: 130 }],
  checks: [
    {
      field: "asOf",
      message: "Số liệu đến ngày phải thuộc năm ngân sách hoặc năm sau đó",
      holds: (r) => typeof r.asOf !== "string" || typeof r.year !== "number" || [r.year, r.year + 1].includes(Number(r.asOf.slice(0, 4))),
    },
    {
      field: "value",
      message: "Số đơn vị sự nghiệp công lập phải là số nguyên",
      holds: (r) => !countsUnits(r.code) || typeof r.value !== "number" || Number.isInteger(r.value),
    },
  ],
  unique: { fields: ["year", "asOf", "code"], message: "Đã có số liệu của chỉ tiêu này cho cùng năm và cùng ngày; hãy sửa dòng đã có" },
  orderBy: "year DESC, as_of DESC, code",
  name: (r) => `“${optionLabel(FINANCE_CODES, r.code)}” đến ngày ${formatDateVi(String(r.asOf))}`,
  enteredBy: { by: "entered_by", at: "entered_at" },
};
