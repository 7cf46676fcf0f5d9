import { Alert, Button, Spin, Typography } from "antd";
import { SectionTitle } from "../../components/Headings";
import { FIELD_LABELS } from "../labels";
import type { ColumnMapping, DossierField, ImportPreview } from "../types";
import { stack } from "../layout";
import { MappingTable } from "./MappingTable";
import { PreviewSummary } from "./PreviewSummary";
import { SampleTable } from "./SampleTable";
import { StepActions } from "./StepActions";

interface Props {
  preview: ImportPreview;
  mapping: ColumnMapping;
  busy: boolean;
  onChange: (field: DossierField, header: string | null) => void;
  onBack: () => void;
  onNext: () => void;
}

/** Step 2: what the app found in the file, and the column of each field, which the user can change. */
export function MappingStep({ preview, mapping, busy, onChange, onBack, onNext }: Props) {
  const missing = preview.missingFields;
  return (
    <div style={stack(16)}>
      <PreviewSummary preview={preview} />
      <section style={stack(8)} aria-labelledby="import-columns-title">
        <div id="import-columns-title">
          <SectionTitle>Ghép cột</SectionTitle>
        </div>
        {missing.length > 0 && (
          <Alert
            type="error"
            showIcon
            title={`Chưa tìm thấy cột cho: ${missing.map((f) => FIELD_LABELS[f]).join(", ")}`}
            description="Đây là thông tin bắt buộc. Hãy chọn cột tương ứng trong tệp ở bảng dưới; nếu tệp không có cột này, hãy xuất lại tệp từ Hệ thống một cửa có đủ cột."
          />
        )}
        <Spin spinning={busy} description="Đang đọc lại tệp…">
          <MappingTable headers={preview.headers} mapping={mapping} missing={missing} busy={busy} onChange={onChange} />
        </Spin>
        {preview.unmappedHeaders.length > 0 && (
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            Các cột không dùng (chỉ giữ lại trong tệp các dòng bị từ chối): {preview.unmappedHeaders.join(", ")}.
          </Typography.Paragraph>
        )}
      </section>
      {preview.sampleRows.length > 0 && (
        <section style={stack(8)} aria-labelledby="import-sample-title">
          <div id="import-sample-title">
            <SectionTitle>{`Các dòng đầu của tệp (${preview.sampleRows.length} dòng)`}</SectionTitle>
          </div>
          <SampleTable headers={preview.headers} rows={preview.sampleRows} mapping={mapping} />
        </section>
      )}
      <StepActions>
        <Button onClick={onBack} disabled={busy}>
          Chọn tệp khác
        </Button>
        <Button type="primary" onClick={onNext} disabled={busy || missing.length > 0}>
          Tiếp tục
        </Button>
      </StepActions>
    </div>
  );
}
