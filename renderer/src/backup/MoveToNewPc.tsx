import { useState } from "react";
import { App, Button, Flex, Typography } from "antd";
import { call, errorMessage } from "../api";
import { FilePickButton } from "../components/FilePickButton";
import { downloadBase64, readFileAsBase64 } from "../dossiers/files";
import { useRestore } from "./useRestore";
import { formatMegabytes, UPLOAD_FILE_BYTES } from "../../../core/file-size";

/** Moving to a new PC: the whole data as one file out of the old one, and that file taken in by the new one. */
export function MoveToNewPc({ onExported }: { onExported: () => void }) {
  const { message } = App.useApp();
  const [exporting, setExporting] = useState(false);
  const { restoring, restore } = useRestore();

  const exportAll = async () => {
    setExporting(true);
    try {
      const taken = await call("backup.take", {});
      const file = await call("backup.file", { file: taken.file });
      downloadBase64(file.fileName, file.contentBase64);
      onExported();
    } catch (e) {
      void message.error(errorMessage(e));
    } finally {
      setExporting(false);
    }
  };

  const receive = async (file: File) => {
    try {
      restore({ fileName: file.name, contentBase64: await readFileAsBase64(file) }, `dữ liệu trong tệp "${file.name}"`);
    } catch (e) {
      void message.error(errorMessage(e));
    }
  };

  return (
    <div data-testid="move-to-new-pc" style={{ marginTop: 16 }}>
      <Typography.Title level={3} style={{ fontSize: 15 }}>
        Chuyển dữ liệu sang máy mới
      </Typography.Title>
      <Typography.Paragraph>
        Ở máy cũ, bấm “Xuất toàn bộ dữ liệu” và lưu tệp .sqlite vào USB. Ở máy mới đã cài ứng dụng, bấm “Nhận dữ liệu từ máy cũ” và chọn tệp đó: toàn bộ hồ sơ, số liệu, văn bản cùng tệp đính kèm, lịch
        sử và nhật ký được chuyển sang. Tệp chuyển qua màn hình tối đa {formatMegabytes(UPLOAD_FILE_BYTES)}; dữ liệu nhiều tệp đính kèm hơn thì chép cả thư mục sao lưu sang máy mới, chọn thư mục đó
        làm thư mục sao lưu ở trên rồi khôi phục.
      </Typography.Paragraph>
      <Flex gap={8} wrap>
        <Button loading={exporting} onClick={() => void exportAll()}>
          Xuất toàn bộ dữ liệu…
        </Button>
        <FilePickButton label="Nhận dữ liệu từ máy cũ…" accept=".sqlite" inputLabel="Chọn tệp dữ liệu xuất từ máy cũ (.sqlite)" loading={restoring} onFile={(file) => void receive(file)} />
      </Flex>
    </div>
  );
}
