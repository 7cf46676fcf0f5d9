import { Button, Checkbox, Typography } from "antd";
import { formatNumber } from "../../format";
import type { ImportPreview, ImportResult } from "../types";
import { stack } from "../layout";
import type { Busy } from "./wizardState";
import { ImportResultView } from "./ImportResultView";
import { OtherUnitAlert } from "./OtherUnitAlert";
import { StepActions } from "./StepActions";

interface Props {
  preview: ImportPreview;
  busy: Busy;
  result: ImportResult | null;
  saveMapping: boolean;
  onSaveMapping: (save: boolean) => void;
  otherUnitConfirmed: boolean;
  onConfirmOtherUnit: (confirmed: boolean) => void;
  onRun: (dryRun: boolean) => void;
  onBack: () => void;
  onRestart: () => void;
}

/** Step 4: try the import without writing, or run it; then what it did. */
export function RunStep({ preview, busy, result, saveMapping, onSaveMapping, otherUnitConfirmed, onConfirmOtherUnit, onRun, onBack, onRestart }: Props) {
  const done = result !== null && !result.dryRun;
  const { otherUnit } = preview;
  return (
    <div style={stack(16)}>
      {!done && (
        <>
          <Typography.Paragraph style={{ margin: 0 }}>
            Sẵn sàng nhập {formatNumber(preview.dataRows)} dòng từ tệp <strong>{preview.fileName}</strong>. Hồ sơ đã có (cùng mã hồ sơ) được cập nhật theo tệp; dòng thiếu thông tin bắt buộc hoặc sai
            ngày tháng bị từ chối và được liệt kê để sửa.
          </Typography.Paragraph>
          {otherUnit && (
            <>
              <OtherUnitAlert otherUnit={otherUnit} />
              <Checkbox checked={otherUnitConfirmed} onChange={(e) => onConfirmOtherUnit(e.target.checked)}>
                Tôi đã kiểm tra, vẫn nhập tệp của “{otherUnit.fileUnit}” vào dữ liệu của “{otherUnit.storeUnit}”
              </Checkbox>
            </>
          )}
          <Checkbox checked={saveMapping} onChange={(e) => onSaveMapping(e.target.checked)}>
            Ghi nhớ cách ghép cột này cho các lần nhập sau
          </Checkbox>
          <StepActions>
            <Button onClick={onBack} disabled={busy !== null}>
              Quay lại
            </Button>
            <Button onClick={() => onRun(true)} loading={busy === "dryRun"} disabled={busy !== null}>
              Thử trước, không ghi
            </Button>
            <Button type="primary" onClick={() => onRun(false)} loading={busy === "import"} disabled={busy !== null || (otherUnit !== null && !otherUnitConfirmed)}>
              Nhập vào dữ liệu
            </Button>
          </StepActions>
        </>
      )}
      {result && <ImportResultView result={result} onRestart={onRestart} />}
    </div>
  );
}
