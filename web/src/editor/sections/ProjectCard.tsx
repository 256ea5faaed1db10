/** One project: its budget and spending, funding by source, goal, self-evaluation score and summary. */
import { DeleteOutlined } from '@ant-design/icons';
import { Button, Card, Col, Row } from 'antd';
import type { Project } from '../../../../src/core/model';
import { rateText } from '../../lib/finance';
import { useEditor } from '../EditorContext';
import { NumberField } from '../inputs/NumberField';
import { TextField } from '../inputs/TextField';
import { FundingTable } from './FundingTable';
import { RateView } from './RateView';

export function ProjectCard({
  index,
  value,
  onChange,
  onRemove,
}: {
  index: number;
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
      extra={
        editable && (
          <Button aria-label="删除项目" type="text" danger icon={<DeleteOutlined />} onClick={onRemove} />
        )
      }
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
          <NumberField
            path={`${base}.budget`}
            label="预算数"
            value={value.budget}
            onChange={(v) => set({ budget: v })}
            unit="万元"
            min={0}
          />
        </Col>
        <Col span={4}>
          <NumberField
            path={`${base}.executed`}
            label="执行数"
            value={value.executed}
            onChange={(v) => set({ executed: v })}
            unit="万元"
            min={0}
          />
        </Col>
        <Col span={4}>
          <RateView
            path={`${base}.executionRate`}
            label="执行率"
            value={rate ?? (value.executionRate != null ? `${value.executionRate}%（填报）` : null)}
          />
        </Col>
        <Col span={3}>
          <NumberField
            path={`${base}.score`}
            label="自评得分"
            value={value.score}
            onChange={(v) => set({ score: v })}
            min={0}
            max={100}
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
      {value.indicators.length > 0 && (
        <div className="jx-hint">项目绩效指标 {value.indicators.length} 项（随项目自评表填报）</div>
      )}
    </Card>
  );
}
