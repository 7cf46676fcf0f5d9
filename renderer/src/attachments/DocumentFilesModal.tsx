import { App as AntApp, Button, Modal, Popconfirm, Space, Table, Typography, type TableColumnsType } from "antd";
import type { AttachmentView } from "../../../core/api/contract/attachments";
import { errorMessage } from "../api";
import { EmptyNote } from "../components/EmptyNote";
import { LoadError } from "../components/LoadError";
import { stack } from "../dossiers/layout";
import { formatDate } from "../format";
import { fileSize } from "../outbox/outboxPrint";
import { FileDropArea } from "./FileDropArea";
import { KINDS_ACCEPTED } from "./kindsAccepted";
import { openAttachment } from "./openAttachment";
import { OutcomeAlerts } from "./OutcomeAlerts";
import type { DocumentRef } from "./types";
import { useDocumentFiles } from "./useDocumentFiles";

interface Props {
  document: DocumentRef;
  onClose: () => void;
  /** After a file was added or removed (the register's counts). */
  onChanged: () => void;
}

/** The files one document carries: add (choose or drop, several at once), open, remove after asking. */
export function DocumentFilesModal({ document: doc, onClose, onChanged }: Props) {
  const { list, adding, outcome, add, remove, dismissOutcome } = useDocumentFiles(doc.id, onChanged);
  const { message } = AntApp.useApp();
  const subject = `văn bản số ${doc.numberSymbol}`;

  const open = (a: AttachmentView) => openAttachment(a.id).catch((e: unknown) => void message.error({ content: `Không mở được tệp “${a.fileName}”: ${errorMessage(e)}`, duration: 8 }));
  const unlink = (a: AttachmentView) =>
    remove(a.id).then(
      () => void message.success(`Đã gỡ tệp “${a.fileName}” khỏi ${subject}.`),
      (e: unknown) => void message.error({ content: `Chưa gỡ được tệp “${a.fileName}”: ${errorMessage(e)}`, duration: 8 }),
    );

  const columns: TableColumnsType<AttachmentView> = [
    { key: "name", title: "Tên tệp", render: (_, a) => <span style={{ overflowWrap: "anywhere" }}>{a.fileName}</span> },
    { key: "size", title: "Dung lượng", width: 100, align: "right", render: (_, a) => fileSize(a.sizeBytes) },
    { key: "by", title: "Người thêm", width: 150, render: (_, a) => a.addedBy ?? "–" },
    { key: "at", title: "Ngày thêm", width: 100, render: (_, a) => formatDate(a.addedAt) },
    {
      key: "actions",
      title: <span className="visually-hidden">Thao tác</span>,
      width: 110,
      render: (_, a) => (
        <Space size={4}>
          <Button size="small" onClick={() => void open(a)} aria-label={`Mở tệp ${a.fileName}`}>
            Mở
          </Button>
          <Popconfirm
            title={`Gỡ tệp “${a.fileName}” khỏi ${subject}?`}
            description="Tệp không còn đi kèm văn bản này; văn bản trong sổ vẫn giữ nguyên."
            okText="Gỡ"
            cancelText="Không"
            okButtonProps={{ danger: true }}
            onConfirm={() => unlink(a)}
            styles={{ root: { maxWidth: 380 } }}
          >
            <Button size="small" danger aria-label={`Gỡ tệp ${a.fileName}`}>
              Gỡ
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <Modal open title={`Tệp đính kèm của ${subject}`} width={860} onCancel={onClose} maskClosable={!adding} style={{ top: 40 }} footer={<Button onClick={onClose}>Đóng</Button>}>
      <div style={stack(12)}>
        <Typography.Text type="secondary">{`Ngày ${formatDate(doc.date)}: ${doc.summary}`}</Typography.Text>
        {outcome && <OutcomeAlerts {...outcome} onClose={dismissOutcome} />}
        <FileDropArea testId="document-files-drop" busy={adding} pickLabel="Thêm tệp" inputLabel={`Chọn tệp đính kèm cho ${subject}`} hint={KINDS_ACCEPTED} onFiles={(files) => void add(files)} />
        {list.error ? (
          <LoadError message={list.error} onRetry={list.reload} />
        ) : (
          <div data-testid="document-files-table">
            <Table<AttachmentView>
              rowKey="id"
              size="small"
              columns={columns}
              dataSource={list.rows ?? []}
              loading={list.loading}
              pagination={false}
              scroll={{ y: 300 }}
              locale={{ emptyText: <EmptyNote>{list.loading ? "Đang tải…" : "Văn bản chưa có tệp nào. Bấm “Thêm tệp” hoặc kéo thả bản scan, tệp Word, Excel vào khung trên."}</EmptyNote> }}
            />
          </div>
        )}
      </div>
    </Modal>
  );
}
