/** One project: its budget and spending, funding by source, goal, indicators, self-evaluation score and summary. */
import { Card, Col, Row } from 'antd';
import type { Project } from '../../../../src/core/model';
import { rateText } from '../../lib/finance';
import { useEditor } from '../EditorContext';
import { IndicatorTable } from '../indicators/IndicatorTable';
import { AmountField, NumberField } from '../inputs/NumberField';
import { AddRowButton, DeleteRowButton } from '../inputs/RowButtons';
import { TextField } from '../inputs/TextField';
import { FundingTable } from './FundingTable';

export function ProjectCard({
  index,
  value,
  onChange,
  onRemove,
  onUpdate,
  by,
}: {
  index: number;
  /** A change through an updater, so a cell drawn a while ago never writes back a stale project. */
  onUpdate: (fn: (p: Project) => Project) => void;
  /** Username recorded on a person's judgement of an indicator. */
  by: string;
  value: Project;
  onChange: (p: Project) => void;
  onRemove: () => void;
}) {
  const base = `projects[${index}]`;
  const editable = useEditor().canEdit(base);
  const set = (p: Partial<Project>) => onChange({ ...value, ...p });
  const rate = rateText(value.executed, value.budget);
  return (
    <Card
      size="small"
      type="inner"
      data-path={base}
      title={`项目 ${index + 1}：${value.name || '（未命名）'}`}
      extra={editable && <DeleteRowButton label="删除项目" onClick={onRemove} />}
      style={{ marginBottom: 12 }}
    >
      <Row gutter={16}>
        <Col span={9}>
          <TextField
            path={`${base}.name`}
            label="项目名称"
            value={value.name}
            onChange={(v) => set({ name: v ?? '' })}
            required
          />
        </Col>
        <Col span={4}>
          <AmountField
            path={`${base}.budget`}
            label="预算数"
            value={value.budget}
            onChange={(v) => set({ budget: v })}
          />
        </Col>
        <Col span={4}>
          <AmountField
            path={`${base}.executed`}
            label="执行数"
            value={value.executed}
            onChange={(v) => set({ executed: v })}
          />
        </Col>
        <Col span={4}>
          <NumberField
            path={`${base}.executionRate`}
            label="执行率（填报）"
            value={value.executionRate}
            onChange={(v) => set({ executionRate: v })}
            unit="%"
            hint={rate ? `按金额计算 ${rate}` : undefined}
          />
        </Col>
        <Col span={3}>
          <NumberField
            path={`${base}.score`}
            label="自评得分"
            value={value.score}
            onChange={(v) => set({ score: v })}
          />
        </Col>
      </Row>
      <FundingTable
        path={`${base}.funding`}
        lines={value.funding}
        onChange={(v) => set({ funding: v })}
        stated={{ budget: value.budget, executed: value.executed }}
      />
      <TextField
        path={`${base}.goal`}
        label="项目绩效目标"
        value={value.goal}
        onChange={(v) => set({ goal: v })}
        multiline
      />
      <TextField
        path={`${base}.summary`}
        label="自评情况"
        value={value.summary}
        onChange={(v) => set({ summary: v })}
        multiline
      />
      <div data-path={`${base}.indicators`}>
        <div className="jx-field-label">项目绩效指标（{value.indicators.length} 项）</div>
        <IndicatorTable
          base={`${base}.indicators`}
          rows={value.indicators}
          onChange={(fn) => onUpdate((p) => ({ ...p, indicators: fn(p.indicators) }))}
          by={by}
        />
        {editable && (
          <AddRowButton
            label="添加项目指标"
            onClick={() =>
              onUpdate((p) => ({
                ...p,
                indicators: [...p.indicators, { name: '', level1: '产出指标', target: null, actual: null }],
              }))
            }
            style={{ marginTop: 8 }}
          />
        )}
      </div>
    </Card>
  );
}
