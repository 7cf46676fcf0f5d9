import type { ReactNode } from "react";
import { Modal } from "antd";
import { ErrorAlert } from "../dossiers/ErrorAlert";
import { stack } from "../dossiers/layout";

interface Props {
  open: boolean;
  title: string;
  saving: boolean;
  /** The API's message when saving failed, shown as it came. */
  error: string | null;
  width?: number;
  /** Lưu: submits the form inside (its validation, then its onFinish). */
  onSave: () => void;
  onCancel: () => void;
  children: ReactNode;
}

/**
 * The frame of an add / edit form: title, the error of the last attempt, Lưu and Hủy. Its content is dropped when
 * it closes; the form inside clears its values then (clearOnDestroy), so it starts again from the record edited.
 */
export function FormModal({ open, title, saving, error, width = 640, onSave, onCancel, children }: Props) {
  return (
    <Modal
      open={open}
      title={title}
      width={width}
      okText="Lưu"
      cancelText="Hủy"
      confirmLoading={saving}
      onOk={onSave}
      onCancel={onCancel}
      maskClosable={false}
      destroyOnHidden
      style={{ top: 40 }}
      styles={{ body: { paddingTop: 8 } }}
    >
      <div style={stack(12)}>
        {error && <ErrorAlert title="Chưa lưu được" message={error} />}
        {children}
      </div>
    </Modal>
  );
}
