/** One section of the editor, titled like the report chapter it fills. */
import { Card } from 'antd';
import type { ReactNode } from 'react';

export function SectionCard({
  id,
  title,
  extra,
  children,
}: {
  id: string;
  title: ReactNode;
  extra?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Card
      id={id}
      title={title}
      extra={extra}
      className="jx-section"
      size="small"
      styles={{ body: { padding: 16 } }}
    >
      {children}
    </Card>
  );
}
