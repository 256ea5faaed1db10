/** A titled dashboard chart that reports clicks as a selection of departments. */
import { Card, Empty } from 'antd';
import { type ReactNode, useEffect } from 'react';
import { type ChartClick, EChart } from '../charts/EChart';
import type { ChartOption } from '../charts/echarts';

export function ChartCard({
  title,
  option,
  onClick,
  onRendered,
  height,
  extra,
  testId,
  empty,
}: {
  title: string;
  option: ChartOption;
  onClick?: (e: ChartClick) => void;
  onRendered?: () => void;
  height?: number;
  extra?: ReactNode;
  testId: string;
  /** Nothing to draw: say so instead of an empty chart (and count as drawn). */
  empty?: string | false;
}) {
  useEffect(() => {
    if (empty) onRendered?.();
  }, [empty, onRendered]);
  return (
    <Card
      size="small"
      title={title}
      extra={extra ?? (onClick ? <span className="jx-hint">点击查看对应部门</span> : null)}
    >
      {empty ? (
        <div style={{ height: height ?? 280, display: 'grid', placeItems: 'center' }} data-testid={testId}>
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} />
        </div>
      ) : (
        <EChart option={option} onClick={onClick} onRendered={onRendered} height={height} testId={testId} />
      )}
    </Card>
  );
}
