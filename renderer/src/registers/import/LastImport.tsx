import { useEffect, useState } from "react";
import { App as AntApp, Button, Flex, Popconfirm, Typography } from "antd";
import type { ImportableRegister } from "../../../../core/api/contract";
import { call, errorMessage } from "../../api";
import { formatDateTime } from "../../dossiers/format";
import { formatNumber } from "../../format";
import { useApi } from "../../useApi";

interface Props {
  register: ImportableRegister;
  /** Changes after each import, so that the newest one shows. */
  version: number;
  onUndone: () => void;
}

/** The newest import of this register, with "Hoàn tác" while it is the newest still in effect. */
export function LastImport({ register, version, onUndone }: Props) {
  const history = useApi("registers.import.history", { register });
  const { reload } = history;
  const [undoing, setUndoing] = useState(false);
  const { message } = AntApp.useApp();

  useEffect(() => {
    if (version > 0) reload();
  }, [version, reload]);

  if (history.status !== "ready" || history.value.length === 0) return null;
  const last = history.value[0]!;
  const undo = async () => {
    setUndoing(true);
    try {
      const r = await call("registers.import.undo", { batchId: last.id });
      void message.success(`Đã hoàn tác lần nhập tệp ${last.fileName}: xóa ${formatNumber(r.removed)} dòng đã thêm.`);
      reload();
      onUndone();
    } catch (e) {
      void message.error({ content: `Chưa hoàn tác được: ${errorMessage(e)}`, duration: 8 });
    } finally {
      setUndoing(false);
    }
  };
  const state = last.undoneAt ? ` – đã hoàn tác lúc ${formatDateTime(last.undoneAt)}` : "";
  return (
    <Flex gap={8} align="center" wrap justify="space-between" data-testid="register-last-import">
      <Typography.Text type="secondary">
        {`Lần nhập gần nhất: ${last.fileName}, ${formatDateTime(last.importedAt)}${last.importedBy ? ` (${last.importedBy})` : ""} – thêm mới ${formatNumber(last.inserted)}, không đổi ${formatNumber(last.unchanged)}, bị từ chối ${formatNumber(last.rejected)}${state}.`}
      </Typography.Text>
      {last.canUndo && (
        <Popconfirm
          title="Hoàn tác lần nhập này? Các dòng đã thêm từ tệp sẽ bị xóa khỏi sổ."
          okText="Hoàn tác"
          cancelText="Không"
          okButtonProps={{ danger: true }}
          onConfirm={() => void undo()}
          styles={{ root: { maxWidth: 360 } }}
        >
          <Button size="small" danger loading={undoing} aria-label={`Hoàn tác lần nhập tệp ${last.fileName}`}>
            Hoàn tác
          </Button>
        </Popconfirm>
      )}
    </Flex>
  );
}
