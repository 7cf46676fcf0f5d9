import { Alert, Typography } from "antd";
import { formatNumber } from "../../format";
import type { RegisterImportPreview } from "./types";

/** Where the app found the table in the file, how many rows it holds, and the required columns still missing. */
export function PreviewFacts({ preview }: { preview: RegisterImportPreview }) {
  const facts = [
    `Tệp ${preview.format === "xlsx" ? "Excel" : "CSV"}: ${preview.fileName}`,
    preview.sheetName && `Trang tính: ${preview.sheetName}`,
    `Dòng tiêu đề: ${formatNumber(preview.headerRow)}`,
    `Số dòng dữ liệu: ${formatNumber(preview.dataRows)}`,
  ].filter(Boolean);
  const labelOf = (field: string) => preview.fields.find((f) => f.field === field)?.label ?? field;
  return (
    <>
      <Typography.Paragraph style={{ margin: 0 }} data-testid="register-import-preview">
        {facts.join(" · ")}
      </Typography.Paragraph>
      {preview.encoding && <Alert type="info" showIcon title={`Chữ trong tệp được gõ bằng bảng mã ${preview.encoding}; đã chuyển sang Unicode. Hãy xem lại các dòng mẫu.`} />}
      {preview.missingFields.length > 0 && (
        <Alert
          type="error"
          showIcon
          title={`Chưa tìm thấy cột cho: ${preview.missingFields.map(labelOf).join(", ")}`}
          description="Đây là thông tin bắt buộc. Hãy chọn cột tương ứng trong tệp ở bảng dưới."
        />
      )}
    </>
  );
}
