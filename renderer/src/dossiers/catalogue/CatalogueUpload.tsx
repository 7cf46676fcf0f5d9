import { Typography, Upload } from "antd";

interface Props {
  busy: boolean;
  onFile: (file: File) => void;
}

/** Where the clerk drops or picks the catalogue file. */
export function CatalogueUpload({ busy, onFile }: Props) {
  return (
    <div data-testid="catalogue-upload">
      <Upload.Dragger
        accept=".xlsx,.csv"
        multiple={false}
        showUploadList={false}
        disabled={busy}
        beforeUpload={(file) => {
          onFile(file);
          return false;
        }}
        aria-label="Chọn tệp Excel (.xlsx) hoặc .csv danh mục thủ tục hành chính"
      >
        <div style={{ padding: "4px 16px" }}>
          <Typography.Paragraph strong style={{ fontSize: 16, margin: "0 0 4px" }}>
            {busy ? "Đang nhập danh mục…" : "Bấm để chọn tệp, hoặc kéo thả tệp vào đây"}
          </Typography.Paragraph>
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            Tệp Excel (.xlsx) hoặc .csv có cột Mã thủ tục và Tên thủ tục; nếu có thì đọc thêm các cột Lĩnh vực, Thực hiện tại
            TTPVHCC, Đủ điều kiện toàn trình, Toàn trình (hoặc Mức độ dịch vụ công), Không phụ thuộc địa giới hành chính với giá
            trị Có / Không.
          </Typography.Paragraph>
        </div>
      </Upload.Dragger>
    </div>
  );
}
