/** What each table of the store holds, as a clerk would name it; the order is the order to list them in. */
export const RECORD_LABELS: Record<string, string> = {
  unit: "Đơn vị",
  departments: "Phòng ban",
  signers: "Người ký văn bản",
  procedures: "Thủ tục hành chính (danh mục)",
  dossiers: "Hồ sơ TTHC",
  pakn: "Phản ánh, kiến nghị về TTHC",
  satisfaction_ratings: "Đánh giá mức độ hài lòng",
  staff: "Cán bộ, công chức, viên chức",
  staff_statuses: "Quá trình công tác",
  quotas: "Chỉ tiêu biên chế",
  discipline_records: "Quyết định kỷ luật",
  plan_tasks: "Nhiệm vụ Kế hoạch CCHC",
  assigned_tasks: "Nhiệm vụ thành phố, tỉnh giao",
  documents: "Văn bản",
  evidence_links: "Liên kết tài liệu minh chứng",
  receptions: "Lượt tiếp công dân",
  complaints: "Đơn khiếu nại, tố cáo, kiến nghị, phản ánh",
  legal_reviews: "Kiểm tra, rà soát VBQPPL",
  finance_figures: "Số liệu tài chính công",
  communication_items: "Hoạt động tuyên truyền",
  inspections: "Cuộc kiểm tra CCHC",
  import_batches: "Lần nhập dữ liệu",
  audit_log: "Nhật ký thay đổi",
};

export const recordLabel = (table: string) => RECORD_LABELS[table] ?? table;

/** Table names in the order of RECORD_LABELS, unknown ones last. */
export function inRecordOrder(tables: string[]): string[] {
  const order = Object.keys(RECORD_LABELS);
  const rank = (t: string) => (order.includes(t) ? order.indexOf(t) : order.length);
  return [...tables].sort((a, b) => rank(a) - rank(b));
}
