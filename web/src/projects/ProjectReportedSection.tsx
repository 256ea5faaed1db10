/**
 * 六、表中所列得分: what the 自评表 itself states — its 总分 and grade, the 执行率 it prints, and the score it gives each
 * rubric part beside the score computed from the data, so the two can be compared.
 */
import { Col, Row, Select } from 'antd';
import { memo } from 'react';
import type { ProjectEvaluation } from '../../../src/core/model';
import type { RubricNodeData, ScoreNode } from '../../../src/core/rubric';
import { useEditor } from '../editor/EditorContext';
import { Field } from '../editor/Field';
import { NumberField } from '../editor/inputs/NumberField';
import { SectionCard } from '../editor/sections/SectionCard';
import { StatedScoresTable } from '../editor/sections/StatedScoresTable';

type Reported = ProjectEvaluation['reported'];
const GRADES = ['优', '良', '中', '差'] as const;

function ReportedScores({
  value,
  onChange,
  root,
  scores,
}: {
  value: Reported;
  onChange: (fn: (r: Reported) => Reported) => void;
  root: RubricNodeData | null;
  scores: ReadonlyMap<string, ScoreNode>;
}) {
  const { canEdit } = useEditor();
  const set = (p: Partial<Reported>) => onChange((r) => ({ ...r, ...p }));
  const setScores = (fn: (s: Reported['scores']) => Reported['scores']) =>
    onChange((r) => ({ ...r, scores: fn(r.scores) }));
  return (
    <SectionCard id="sec-project-reported" title="六、表中所列得分">
      <div data-path="reported">
        <Row gutter={16}>
          <Col span={6}>
            <NumberField
              path="reported.total"
              label="自评总分"
              value={value.total}
              onChange={(v) => set({ total: v })}
              unit="分"
            />
          </Col>
          <Col span={6}>
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
          <Col span={6}>
            <NumberField
              path="reported.executionRate"
              label="表中所列执行率"
              value={value.executionRate}
              onChange={(v) => set({ executionRate: v })}
              unit="%"
            />
          </Col>
        </Row>
        <div data-path="reported.scores">
          <StatedScoresTable
            stated={value.scores}
            onChange={setScores}
            root={root}
            scores={scores}
            label="表中所列"
          />
        </div>
      </div>
    </SectionCard>
  );
}

export const ProjectReportedSection = memo(ReportedScores);
