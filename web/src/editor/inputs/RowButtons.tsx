/** The buttons that add a row at the end of a list and delete one row, alike in every list of the editor. */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import type { CSSProperties } from 'react';

export function DeleteRowButton({ label = '删除行', onClick }: { label?: string; onClick: () => void }) {
  return <Button aria-label={label} type="text" danger icon={<DeleteOutlined />} onClick={onClick} />;
}

export function AddRowButton({
  label,
  onClick,
  small = true,
  style,
}: {
  label: string;
  onClick: () => void;
  small?: boolean;
  style?: CSSProperties;
}) {
  return (
    <Button
      size={small ? 'small' : undefined}
      type="dashed"
      icon={<PlusOutlined />}
      onClick={onClick}
      style={style}
    >
      {label}
    </Button>
  );
}
