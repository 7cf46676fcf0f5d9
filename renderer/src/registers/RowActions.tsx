import { Button, Popconfirm, Space } from "antd";

interface Props {
  /** What the row is, for the buttons' accessible names: "thủ tục 1.001", "phản ánh PAKN-2025-001". */
  subject: string;
  confirmTitle: string;
  /** Said under the question: what goes with the record. */
  confirmNote?: string;
  onEdit: () => void;
  onDelete: () => Promise<void>;
}

/** "Sửa" and "Xóa" of one row; deleting asks first. */
export function RowActions({ subject, confirmTitle, confirmNote, onEdit, onDelete }: Props) {
  return (
    <Space size={4}>
      <Button size="small" onClick={onEdit} aria-label={`Sửa ${subject}`}>
        Sửa
      </Button>
      <Popconfirm title={confirmTitle} description={confirmNote} okText="Xóa" cancelText="Không" okButtonProps={{ danger: true }} onConfirm={onDelete} styles={{ root: { maxWidth: 380 } }}>
        <Button size="small" danger aria-label={`Xóa ${subject}`}>
          Xóa
        </Button>
      </Popconfirm>
    </Space>
  );
}
