import { Modal } from "antd";
import { ShortcutTable } from "./ShortcutTable";

/** The "?" dialog: every shortcut of the app. */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Modal open={open} title="Phím tắt" onCancel={onClose} footer={null} width={560} closable={{ "aria-label": "Đóng" }}>
      <ShortcutTable />
    </Modal>
  );
}
