/** A chart for paper: no animation, drawn at twice the pixels so it stays sharp in a PDF, fixed size. */
import { useEffect, useRef } from 'react';
import { type ChartOption, echarts } from '../charts/echarts';

export function PrintChart({
  option,
  width,
  height,
  onRendered,
}: {
  option: ChartOption;
  width: number;
  height: number;
  onRendered: () => void;
}) {
  const box = useRef<HTMLDivElement>(null);
  const done = useRef(onRendered);
  done.current = onRendered;
  useEffect(() => {
    if (!box.current) return;
    const c = echarts.init(box.current, undefined, {
      renderer: 'canvas',
      devicePixelRatio: 2,
      width,
      height,
    });
    c.on('finished', () => {
      c.off('finished');
      done.current();
    });
    c.setOption({ ...option, animation: false, tooltip: { show: false } }, { notMerge: true });
    return () => c.dispose();
  }, [option, width, height]);
  return <div ref={box} style={{ width, height }} />;
}
