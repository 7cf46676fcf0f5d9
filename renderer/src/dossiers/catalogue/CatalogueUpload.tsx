import { FileDropZone } from "../FileDropZone";

interface Props {
  busy: boolean;
  onFile: (file: File) => void;
}

/** Where the clerk drops or picks the catalogue file. */
export function CatalogueUpload({ busy, onFile }: Props) {
  return (
    <FileDropZone
      testId="catalogue-upload"
      busy={busy}
      busyText="Đang nhập danh mục…"
      ariaLabel="Chọn tệp Excel (.xlsx) hoặc .csv danh mục thủ tục hành chính"
      onFile={onFile}
      hint="Tệp Excel (.xlsx) hoặc .csv có cột Mã thủ tục và Tên thủ tục; nếu có thì đọc thêm các cột Lĩnh vực, Thực hiện tại TTPVHCC, Đủ điều kiện toàn trình, Toàn trình (hoặc Mức độ dịch vụ công), Không phụ thuộc địa giới hành chính với giá trị Có / Không."
    />
  );
}
