/** The catalogue's columns as the import names them, for saying which header of the file went where. */
const IMPORT_FIELD_LABELS: Record<string, string> = {
  code: "Mã thủ tục",
  name: "Tên thủ tục",
  field: "Lĩnh vực",
  atCentre: "Tại TTPVHCC",
  onlineEligible: "Đủ điều kiện toàn trình",
  onlineFull: "Toàn trình",
  onlineLevel: "Mức độ dịch vụ công",
  locationIndependent: "Không phụ thuộc địa giới",
};

/** "Mã thủ tục ← “Mã TTHC”; Tên thủ tục ← “Tên thủ tục”" from the import's mapping (field → header). */
export function describeMapping(mapping: Record<string, string>): string {
  return Object.entries(mapping)
    .map(([field, header]) => `${IMPORT_FIELD_LABELS[field] ?? field} ← “${header}”`)
    .join("; ");
}
