import { useState } from "react";
import { Alert, App, Button, Flex, Skeleton, Table, Tag, Typography } from "antd";
import { call, errorMessage } from "../api";
import { PageHeading } from "../components/Headings";
import { LoadError } from "../components/LoadError";
import { OpenFolderButton } from "../components/OpenFolderButton";
import { downloadBase64 } from "../dossiers/files";
import { formatMoment, formatWindow } from "../format";
import { MarkSentModal } from "../outbox/MarkSentModal";
import { fileSize, outboxPrintSpec } from "../outbox/outboxPrint";
import { FileDetail } from "../outbox/FileDetail";
import { FILE_STATE_COLORS, FILE_STATES, OUTBOX_KINDS, OUTBOX_STATES, SENT_VIA, type OutboxEntry } from "../outbox/types";
import { useOnline } from "../outbox/useOnline";
import { PrintButton } from "../print/PrintButton";
import { useApi } from "../useApi";

/** Hộp thư đi: every exported file kept until it is sent, with its checksum, and who sent it where and when. */
export function Outbox() {
  const { message } = App.useApp();
  const list = useApi("outbox.list", {});
  const online = useOnline();
  const [marking, setMarking] = useState<OutboxEntry | null>(null);
  const [detailed, setDetailed] = useState<number[]>([]);
  const toggleDetail = (id: number) => setDetailed((ids) => (ids.includes(id) ? ids.filter((i) => i !== id) : [...ids, id]));

  const save = async (entry: OutboxEntry) => {
    try {
      const file = await call("outbox.file", { id: entry.id });
      downloadBase64(file.fileName, file.contentBase64);
    } catch (e) {
      void message.error(errorMessage(e));
    }
  };

  if (list.status === "loading") return <Skeleton active />;
  if (list.status === "error") return <LoadError message={list.message} onRetry={list.reload} />;
  const { folder, entries } = list.value;
  const waiting = entries.filter((e) => e.state === "cho_gui");

  return (
    <div style={{ contain: "inline-size", minWidth: 0 }}>
      <PageHeading title="Hộp thư đi">
        Mọi tệp xuất ra để gửi (Phụ lục 3, báo cáo, biểu mẫu của tỉnh, danh mục minh chứng, gói phòng ban) được giữ ở đây kèm mã kiểm tra cho tới khi gửi xong.
      </PageHeading>
      <Flex vertical gap={12}>
        <Flex justify="space-between" align="center" gap={8} wrap>
          <Typography.Text>
            Thư mục:{" "}
            <Typography.Text code copyable>
              {folder}
            </Typography.Text>{" "}
            <OpenFolderButton which="hop-thu-di" />
          </Typography.Text>
          <PrintButton spec={() => outboxPrintSpec(entries)} disabled={entries.length === 0} />
        </Flex>
        {waiting.length > 0 ? (
          <Alert
            type={online ? "info" : "warning"}
            showIcon
            data-testid="outbox-reminder"
            title={online ? `Đang có mạng: ${waiting.length} tệp chờ gửi – hãy gửi lên hệ thống rồi đánh dấu đã gửi.` : `${waiting.length} tệp chờ gửi; khi có mạng hãy gửi và đánh dấu đã gửi.`}
          />
        ) : null}
        <Table<OutboxEntry>
          size="small"
          rowKey="id"
          data-testid="outbox-table"
          dataSource={entries}
          pagination={false}
          expandable={{ expandedRowKeys: detailed, showExpandColumn: false, expandedRowRender: (e) => <FileDetail entry={e} /> }}
          locale={{ emptyText: "Chưa có tệp nào. Tệp xuất từ Báo cáo, Đề cương, Phòng ban sẽ nằm ở đây chờ gửi." }}
          columns={[
            {
              title: "Tệp",
              key: "file",
              render: (_, e) => (
                <div>
                  <Typography.Text strong>{e.fileName}</Typography.Text>
                  <div>
                    <Typography.Text type="secondary">
                      {OUTBOX_KINDS[e.kind]}
                      {e.periodFrom && e.periodTo ? ` · ${formatWindow(e.periodFrom, e.periodTo)}` : ""} · {fileSize(e.sizeBytes)}
                    </Typography.Text>
                  </div>
                </div>
              ),
            },
            {
              title: "Tạo lúc",
              key: "created",
              width: 150,
              render: (_, e) => (
                <div>
                  {formatMoment(e.createdAt)}
                  <div>
                    <Typography.Text type="secondary">{e.createdBy ?? ""}</Typography.Text>
                  </div>
                </div>
              ),
            },
            { title: "Tệp trên đĩa", key: "fileState", width: 130, render: (_, e) => <Tag color={FILE_STATE_COLORS[e.fileState]}>{FILE_STATES[e.fileState]}</Tag> },
            {
              title: "Trạng thái",
              key: "state",
              width: 230,
              render: (_, e) =>
                e.state === "cho_gui" ? (
                  <Tag color="orange">{OUTBOX_STATES.cho_gui}</Tag>
                ) : (
                  <div>
                    <Tag color="green">{OUTBOX_STATES.da_gui}</Tag> {e.sentVia ? SENT_VIA[e.sentVia] : ""}
                    <div>
                      <Typography.Text type="secondary">
                        {e.sentAt ? formatMoment(e.sentAt) : ""} {e.sentBy ? `· ${e.sentBy}` : ""}
                      </Typography.Text>
                    </div>
                    {e.note ? <div style={{ fontSize: 12 }}>{e.note}</div> : null}
                  </div>
                ),
            },
            {
              title: "",
              key: "actions",
              width: 200,
              render: (_, e) => (
                <Flex gap={4} wrap>
                  <Button size="small" disabled={e.fileState !== "nguyen_ven"} onClick={() => void save(e)}>
                    Lưu bản sao…
                  </Button>
                  {e.state === "cho_gui" ? (
                    <Button size="small" type="primary" onClick={() => setMarking(e)}>
                      Đã gửi…
                    </Button>
                  ) : null}
                  <Button size="small" type="link" aria-expanded={detailed.includes(e.id)} onClick={() => toggleDetail(e.id)}>
                    Chi tiết
                  </Button>
                </Flex>
              ),
            },
          ]}
        />
      </Flex>
      {marking ? (
        <MarkSentModal
          entry={marking}
          onClose={() => setMarking(null)}
          onSaved={() => {
            setMarking(null);
            list.reload();
          }}
        />
      ) : null}
    </div>
  );
}
