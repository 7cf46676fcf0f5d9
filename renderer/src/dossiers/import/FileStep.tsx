import { Typography, Upload } from "antd";

/** A little under what the API accepts (90 million base64 characters). */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

interface Props {
  busy: boolean;
  onFile: (file: File) => void;
}

function InboxIcon() {
  return (
    <svg width="40" height="40" viewBox="0 0 48 48" aria-hidden="true" focusable="false">
      <path
        d="M8 28l5-16h22l5 16v10H8V28zm0 0h11l2 4h6l2-4h11"
        fill="none"
        stroke="#0958d9"
        strokeWidth="2.5"
        strokeLinejoin="round"
      />
    </svg>
  );
}

export function FileStep({ busy, onFile }: Props) {
  return (
    <div data-testid="import-upload" style={{ maxWidth: 760 }}>
      <Upload.Dragger
        accept=".xlsx,.csv"
        multiple={false}
        showUploadList={false}
        disabled={busy}
        beforeUpload={(file) => {
          onFile(file);
          return false;
        }}
        aria-label="Chọn tệp Excel (.xlsx) hoặc .csv danh sách hồ sơ"
      >
        <div style={{ padding: "8px 16px" }}>
          <InboxIcon />
          <Typography.Paragraph strong style={{ fontSize: 16, margin: "8px 0 4px" }}>
            {busy ? "Đang đọc tệp…" : "Bấm để chọn tệp, hoặc kéo thả tệp vào đây"}
          </Typography.Paragraph>
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            Tệp Excel (.xlsx) hoặc .csv xuất từ Hệ thống một cửa, có các cột như Mã hồ sơ, Tên thủ tục, Lĩnh vực, Ngày tiếp
            nhận, Ngày hẹn trả, Ngày có kết quả, Trạng thái, Hình thức nộp. Dòng tiêu đề, ô gộp và dòng tổng cộng được tự
            nhận ra.
          </Typography.Paragraph>
        </div>
      </Upload.Dragger>
    </div>
  );
}
