import { formatDateVi } from "../../../shared/dates";
import { FIELD_LIMITS } from "../../field-limits";
import type { RegisterDescriptor } from "./descriptor";
import { notAbove, notBefore } from "./descriptor";

/** What a round without a field stands for. */
export const ALL_FIELDS = "Tất cả lĩnh vực";

export const satisfaction: RegisterDescriptor = {
  key: "satisfaction",
  table: "satisfaction_ratings",
  noun: "kết quả đo lường",
  title: "Mức độ hài lòng",
  purpose: "Ghi kết quả đo lường sự hài lòng của từng đợt, theo lĩnh vực: số lượt đánh giá và số hài lòng. Số liệu mục III. Cải cách thủ tục hành chính (mức độ hài lòng) của Phụ lục 3.",
  fields: [
    { key: "periodFrom", column: "period_from", label: "Từ ngày", type: "date", required: true, inList: true, width: 100 },
    { key: "periodTo", column: "period_to", label: "Đến ngày", type: "date", required: true, inList: true, width: 100 },
    {
      key: "field",
      column: "field",
      label: "Lĩnh vực",
      type: "text",
      max: FIELD_LIMITS.name,
      placeholder: ALL_FIELDS,
      empty: ALL_FIELDS,
      help: "Để trống nếu kết quả chung cho tất cả lĩnh vực.",
      inList: true,
      searchable: true,
      width: 180,
    },
    { key: "rated", column: "rated", label: "Số lượt đánh giá", type: "int", min: 0, max: 10_000_000, required: true, inList: true, width: 100 },
    { key: "satisfied", column: "satisfied", label: "Số hài lòng", type: "int", min: 0, max: 10_000_000, required: true, inList: true, width: 100 },
    {
      key: "source",
      column: "source",
      label: "Nguồn số liệu",
      type: "text",
      max: FIELD_LIMITS.line,
      placeholder: "Ví dụ: Hệ thống đánh giá tại Trung tâm, Cổng Dịch vụ công",
      inList: true,
      searchable: true,
    },
  ],
  checks: [notBefore("periodTo", "periodFrom", "Ngày kết thúc phải từ ngày bắt đầu trở đi"), notAbove("satisfied", "rated", "Số hài lòng không được lớn hơn số lượt đánh giá")],
  orderBy: "period_to DESC, fold(coalesce(field, ''))",
  name: (r) => `${r.field ? String(r.field) : ALL_FIELDS.toLowerCase()}, đợt ${formatDateVi(String(r.periodFrom))} – ${formatDateVi(String(r.periodTo))}`,
  enteredBy: { by: "entered_by", at: "entered_at" },
};
