import { Alert } from "antd";

/** An error from the API, with its Vietnamese message as it came. */
export function ErrorAlert({ title, message, onClose }: { title: string; message: string; onClose?: () => void }) {
  return <Alert type="error" showIcon title={title} description={message} closable={onClose ? { onClose, "aria-label": "Đóng thông báo" } : false} role="alert" />;
}
