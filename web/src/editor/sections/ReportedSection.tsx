/**
 * 七、报告所列得分: what the report itself claims — its total and grade, its rates and counts, the score it states for
 * each rubric node beside the score computed from the data, and the deductions it names. Findings that compare the two
 * ("自评总分 91.46 分，按评分标准计算为 90.03 分") are cleared here.
 */
import { Col, Row, Select, Typography } from 'antd';
import { memo } from 'react';
import type { Evaluation } from '../../../../src/core/model';
import type { RubricNodeData, ScoreNode } from '../../../../src/core/rubric';
import { useEditor } from '../EditorContext';
import { Field } from '../Field';
import { type Column, EditableTable } from '../inputs/EditableTable';
import { NumberField } from '../inputs/NumberField';
import { SectionCard } from './SectionCard';
import { StatedScoresTable } from './StatedScoresTable';

type Reported = Evaluation['reported'];
type Deduction = Reported['deductions'][number];

const GRADES = ['优', '良', '中', '差'] as const;

const DEDUCTION_COLUMNS: readonly Column<Deduction>[] = [
  { kind: 'text', key: 'item', title: '扣分项目' },
  { kind: 'number', key: 'points', title: '扣分', unit: '分', width: 100 },
  { kind: 'text', key: 'reason', title: '扣分原因', optional: true },
];

function ReportedScores({
  value,
  onChange,
  root,
  scores,
}: {
  value: Reported;
  onChange: (fn: (r: Reported) => Reported) => void;
  root: RubricNodeData | null;
  /** Computed score of each rubric node, by path. */
  scores: ReadonlyMap<string, ScoreNode>;
}) {
  const { canEdit } = useEditor();
  const set = (p: Partial<Reported>) => onChange((r) => ({ ...r, ...p }));
  const setScores = (fn: (s: Reported['scores']) => Reported['scores']) =>
    onChange((r) => ({ ...r, scores: fn(r.scores) }));
  const number = (
    key: 'total' | 'executionRate' | 'narrativeExecutionRate' | 'indicatorCount' | 'projectSelfEvaluations',
    label: string,
    unit: string,
  ) => (
    <NumberField
      path={`reported.${key}`}
      label={label}
      value={value[key]}
      onChange={(v) => set({ [key]: v })}
      unit={unit}
    />
  );
  return (
    <SectionCard id="sec-reported" title="七、报告所列得分与扣分">
      <div data-path="reported">
        <Row gutter={16}>
          <Col span={4}>{number('total', '自评总分', '分')}</Col>
          <Col span={4}>
            <Field path="reported.grade" label="评价等级">
              <Select
                value={value.grade ?? undefined}
                allowClear
                disabled={!canEdit('reported.grade')}
                onChange={(g) => set({ grade: g ?? null })}
                options={GRADES.map((g) => ({ value: g, label: g }))}
                placeholder="未列"
                style={{ width: '100%' }}
                aria-label="评价等级"
              />
            </Field>
          </Col>
          <Col span={4}>{number('executionRate', '报告所列预算执行率', '%')}</Col>
          <Col span={4}>{number('narrativeExecutionRate', '正文所述预算执行率', '%')}</Col>
          <Col span={4}>{number('indicatorCount', '报告所称指标个数', '个')}</Col>
          <Col span={4}>{number('projectSelfEvaluations', '项目自评个数', '个')}</Col>
        </Row>
        <div data-path="reported.scores">
          <Typography.Text strong>各项自评得分（报告所列）</Typography.Text>
          <div style={{ marginTop: 8, marginBottom: 16 }}>
            <StatedScoresTable
              stated={value.scores}
              onChange={setScores}
              root={root}
              scores={scores}
              label="报告所列"
            />
          </div>
        </div>
        <div data-path="reported.deductions">
          <Typography.Text strong>报告所列扣分</Typography.Text>
          <EditableTable
            path="reported.deductions"
            rows={value.deductions}
            onChange={(deductions) => set({ deductions })}
            columns={DEDUCTION_COLUMNS}
            newRow={() => ({ item: '', points: 0, reason: null })}
            addLabel="添加扣分"
            emptyText="报告未列扣分"
          />
        </div>
      </div>
    </SectionCard>
  );
}

export const ReportedSection = memo(ReportedScores);
