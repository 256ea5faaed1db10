/** A project self-evaluation as a form, laid out like the 项目支出绩效自评表: the sections of the national table. */
import { Skeleton } from 'antd';
import { startTransition, useCallback, useEffect, useState } from 'react';
import type { Indicator, ProjectEvaluation } from '../../../src/core/model';
import { useEditor } from '../editor/EditorContext';
import { IndicatorTable } from '../editor/indicators/IndicatorTable';
import { AddRowButton } from '../editor/inputs/RowButtons';
import { TextField } from '../editor/inputs/TextField';
import type { FormProps } from '../editor/kinds';
import { SectionCard } from '../editor/sections/SectionCard';
import { ProjectFinanceSection } from './ProjectFinanceSection';
import { ProjectInfoSection } from './ProjectInfoSection';
import { ProjectReportedSection } from './ProjectReportedSection';

type Patch = Partial<ProjectEvaluation>;

const blankIndicator = (): Indicator => ({
  name: '',
  level1: '产出指标',
  target: null,
  actual: null,
  owner: null,
});

export function ProjectForm({ doc, setDoc, rubric, scores, by }: FormProps<ProjectEvaluation>) {
  const { canEdit } = useEditor();
  const onPatch = useCallback((p: Patch) => setDoc((d) => ({ ...d, ...p })), [setDoc]);
  const setFinance = useCallback(
    (finance: ProjectEvaluation['finance']) => setDoc((d) => ({ ...d, finance })),
    [setDoc],
  );
  const setReported = useCallback(
    (fn: (r: ProjectEvaluation['reported']) => ProjectEvaluation['reported']) =>
      setDoc((d) => ({ ...d, reported: fn(d.reported) })),
    [setDoc],
  );
  const setIndicators = useCallback(
    (fn: (rows: Indicator[]) => Indicator[]) => setDoc((d) => ({ ...d, indicators: fn(d.indicators) })),
    [setDoc],
  );
  // The first sections paint at once; the indicator table follows in an interruptible second pass.
  const [rest, setRest] = useState(false);
  useEffect(() => startTransition(() => setRest(true)), []);
  const executionNode = rubric?.root.children?.find((c) => c.kind === 'execution_rate');
  const points = doc.indicators.reduce((n, i) => n + (i.points ?? 0), 0);
  return (
    <>
      <ProjectInfoSection doc={doc} onPatch={onPatch} />
      <ProjectFinanceSection
        value={doc.finance}
        onChange={setFinance}
        score={executionNode ? scores.get(`${rubric!.root.name}/${executionNode.name}`) : undefined}
      />
      <SectionCard id="sec-project-goal" title="三、年度总体目标">
        <div data-path="goal">
          <TextField
            path="goal.expected"
            label="预期目标"
            value={doc.goal.expected}
            onChange={(v) => onPatch({ goal: { ...doc.goal, expected: v } })}
            multiline
          />
          <TextField
            path="goal.actual"
            label="实际完成情况"
            value={doc.goal.actual}
            onChange={(v) => onPatch({ goal: { ...doc.goal, actual: v } })}
            multiline
          />
        </div>
      </SectionCard>
      {!rest && <Skeleton active paragraph={{ rows: 6 }} />}
      {rest && (
        <>
          <SectionCard
            id="sec-indicators"
            title="四、绩效指标"
            extra={
              <span data-testid="indicator-count">
                共 {doc.indicators.length} 项指标{points > 0 ? `，所设分值合计 ${points} 分` : ''}
              </span>
            }
          >
            <div className="jx-hint" style={{ marginBottom: 8 }}>
              各指标的分值在展开行中填写（单位自定）；未填分值的指标按评分标准平均分配该类指标的分数。
            </div>
            <div data-path="indicators">
              <IndicatorTable rows={doc.indicators} onChange={setIndicators} by={by} />
              {canEdit('indicators') && (
                <AddRowButton
                  label="添加指标"
                  small={false}
                  onClick={() => setIndicators((rows) => [...rows, blankIndicator()])}
                  style={{ marginTop: 8 }}
                />
              )}
            </div>
          </SectionCard>
          <SectionCard id="sec-project-conclusion" title="五、自评结论">
            <TextField
              path="conclusion"
              label="自评结论"
              value={doc.conclusion}
              onChange={(v) => onPatch({ conclusion: v })}
              multiline
            />
          </SectionCard>
          <ProjectReportedSection
            value={doc.reported}
            onChange={setReported}
            root={rubric?.root ?? null}
            scores={scores}
          />
        </>
      )}
    </>
  );
}
