import { Alert, Typography } from "antd";
import { formatNumber } from "../../format";
import type { ImportPreview } from "../types";
import { OtherUnitAlert } from "./OtherUnitAlert";
import { SkippedRows } from "./SkippedRows";

const FORMAT_LABELS: Record<ImportPreview["format"], string> = { xlsx: "Excel", csv: "CSV" };

/** The old Vietnamese encodings (TCVN3 – "ABC", VNI) the importer converts; null for another encoding (UTF-16). */
function legacyName(encoding: string): string | null {
  const key = encoding.toLowerCase().replace(/[^a-z0-9]/g, "");
  if (key.startsWith("tcvn") || key === "abc") return "TCVN3";
  if (key.startsWith("vni")) return "VNI";
  return null;
}

function EncodingNote({ encoding }: { encoding: string }) {
  const legacy = legacyName(encoding);
  if (!legacy) return <Alert type="info" showIcon title={`Bảng mã của tệp: ${encoding}`} />;
  return (
    <Alert
      type="info"
      showIcon
      title={`Đã chuyển từ mã ${legacy} sang Unicode`}
      description="Chữ tiếng Việt trong tệp được gõ bằng bảng mã cũ; ứng dụng đã chuyển sang Unicode. Hãy xem lại các dòng mẫu bên dưới."
    />
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <span>
      {label}: <strong>{value}</strong>
    </span>
  );
}

/** What the app found in the file: where the table is, how many rows, which rows it leaves out, which encoding, whose file it is. */
export function PreviewSummary({ preview }: { preview: ImportPreview }) {
  return (
    <>
      <Typography.Paragraph style={{ margin: 0, display: "flex", flexWrap: "wrap", columnGap: 24, rowGap: 4 }} data-testid="import-preview">
        <Fact label={`Tệp ${FORMAT_LABELS[preview.format]}`} value={preview.fileName} />
        {preview.sheetName && <Fact label="Trang tính" value={preview.sheetName} />}
        <Fact label="Dòng tiêu đề" value={formatNumber(preview.headerRow)} />
        <Fact label="Số dòng dữ liệu" value={formatNumber(preview.dataRows)} />
      </Typography.Paragraph>
      <SkippedRows skipped={preview.skipped} />
      {preview.otherUnit && <OtherUnitAlert otherUnit={preview.otherUnit} />}
      {preview.encoding && <EncodingNote encoding={preview.encoding} />}
      {preview.savedMappingUsed && <Alert type="info" showIcon title="Đã dùng cách ghép cột đã lưu từ lần nhập trước." />}
    </>
  );
}
