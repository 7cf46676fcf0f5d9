import { Button, Popconfirm } from "antd";

interface Props {
  fileName: string;
  busy: boolean;
  onConfirm: () => void;
}

export function UndoButton({ fileName, busy, onConfirm }: Props) {
  return (
    <Popconfirm
      title="Hoàn tác lần nhập này? Các hồ sơ thêm mới sẽ bị xóa, hồ sơ được cập nhật trở lại như trước."
      okText="Hoàn tác"
      cancelText="Không"
      okButtonProps={{ danger: true }}
      onConfirm={onConfirm}
      styles={{ root: { maxWidth: 380 } }}
    >
      <Button size="small" danger loading={busy} aria-label={`Hoàn tác lần nhập tệp ${fileName}`}>
        Hoàn tác
      </Button>
    </Popconfirm>
  );
}
