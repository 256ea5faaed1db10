/** 三、绩效指标完成情况: the indicator table with counts by level. */
import { Space, Tag } from 'antd';
import { memo } from 'react';
import type { Indicator } from '../../../../src/core/model';
import { levelKey } from '../../../../src/core/text';
import { useEditor } from '../EditorContext';
import { IndicatorTable, type UpdateRows } from '../indicators/IndicatorTable';
import { AddRowButton } from '../inputs/RowButtons';
import { SectionCard } from './SectionCard';

function Indicators({
  rows,
  reportedCount,
  onChange,
  by,
}: {
  rows: Indicator[];
  reportedCount: number | null | undefined;
  onChange: UpdateRows;
  by: string;
}) {
  const structural = useEditor().canEdit('indicators');
  const counts = new Map<string, number>();
  for (const r of rows) {
    const k = r.level1 ? levelKey(r.level1) : '未分级';
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const add = () =>
    onChange((list) => [...list, { name: '', level1: '产出指标', target: null, actual: null, owner: null }]);
  const extra = (
    <Space>
      <span data-testid="indicator-count">共 {rows.length} 项指标</span>
      {[...counts].map(([k, n]) => (
        <Tag key={k}>
          {k} {n}
        </Tag>
      ))}
      {reportedCount != null && reportedCount !== rows.length && (
        <Tag color="warning">报告称共设置 {reportedCount} 个</Tag>
      )}
    </Space>
  );
  return (
    <SectionCard id="sec-indicators" title="三、绩效指标完成情况" extra={extra}>
      <div data-path="indicators">
        <IndicatorTable rows={rows} onChange={onChange} by={by} />
        {structural && <AddRowButton label="添加指标" small={false} onClick={add} style={{ marginTop: 8 }} />}
      </div>
    </SectionCard>
  );
}

export const IndicatorSection = memo(Indicators);
