import { FileDropZone } from "../FileDropZone";

interface Props {
  busy: boolean;
  onFile: (file: File) => void;
}

function InboxIcon() {
  return (
    <svg width="40" height="40" viewBox="0 0 48 48" aria-hidden="true" focusable="false">
      <path d="M8 28l5-16h22l5 16v10H8V28zm0 0h11l2 4h6l2-4h11" fill="none" stroke="#0958d9" strokeWidth="2.5" strokeLinejoin="round" />
    </svg>
  );
}

export function FileStep({ busy, onFile }: Props) {
  return (
    <div style={{ maxWidth: 760 }}>
      <FileDropZone
        testId="import-upload"
        busy={busy}
        busyText="Đang đọc tệp…"
        ariaLabel="Chọn tệp Excel (.xlsx) hoặc .csv danh sách hồ sơ"
        icon={<InboxIcon />}
        onFile={onFile}
        hint="Tệp Excel (.xlsx) hoặc .csv xuất từ Hệ thống một cửa, có các cột như Mã hồ sơ, Tên thủ tục, Lĩnh vực, Ngày tiếp nhận, Ngày hẹn trả, Ngày có kết quả, Trạng thái, Hình thức nộp. Dòng tiêu đề, ô gộp và dòng tổng cộng được tự nhận ra."
      />
    </div>
  );
}
