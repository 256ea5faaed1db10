/** One ECharts chart: created on mount, updated with its option, resized with its box; clicks reported. */
import { useEffect, useRef } from 'react';
import { type ChartOption, echarts } from './echarts';

export interface ChartClick {
  name: string;
  dataIndex: number;
  seriesIndex: number;
  data: unknown;
}

export function EChart({
  option,
  height = 280,
  onClick,
  onRendered,
  testId,
}: {
  option: ChartOption;
  height?: number;
  onClick?: (e: ChartClick) => void;
  /** Called once the chart has drawn its current option. */
  onRendered?: () => void;
  testId?: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof echarts.init> | null>(null);
  const clickRef = useRef(onClick);
  const renderedRef = useRef(onRendered);
  clickRef.current = onClick;
  renderedRef.current = onRendered;

  useEffect(() => {
    if (!box.current) return;
    const c = echarts.init(box.current, undefined, { renderer: 'canvas' });
    chart.current = c;
    c.on('click', (e) => clickRef.current?.(e as unknown as ChartClick));
    const ro = new ResizeObserver(() => c.resize());
    ro.observe(box.current);
    return () => {
      ro.disconnect();
      c.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    const c = chart.current;
    if (!c) return;
    c.setOption(option, { notMerge: true });
    c.off('finished');
    c.on('finished', () => {
      c.off('finished');
      renderedRef.current?.();
    });
  }, [option]);

  return (
    <div
      ref={box}
      style={{ width: '100%', height, cursor: onClick ? 'pointer' : undefined }}
      data-testid={testId}
    />
  );
}
