/** The whole document as a form, laid out like the report; used by the editor and the import preview. */
import { Skeleton } from 'antd';
import { type Dispatch, type SetStateAction, startTransition, useCallback, useEffect, useState } from 'react';
import type { Evaluation, Finance, Indicator, ManagementItem, Project } from '../../../src/core/model';
import type { Rubric, ScoreNode } from '../../../src/core/rubric';
import { BasicInfoSection } from './sections/BasicInfoSection';
import { ConclusionSection } from './sections/ConclusionSection';
import { FinanceSection } from './sections/FinanceSection';
import { IndicatorSection } from './sections/IndicatorSection';
import { ManagementSection } from './sections/ManagementSection';
import { ProjectsSection } from './sections/ProjectsSection';

export function EvaluationForm({
  doc,
  setDoc,
  rubric,
  scores,
  by,
}: {
  doc: Evaluation;
  setDoc: Dispatch<SetStateAction<Evaluation>>;
  rubric: Rubric | null;
  scores: ReadonlyMap<string, ScoreNode>;
  by: string;
}) {
  const onPatch = useCallback((p: Partial<Evaluation>) => setDoc((d) => ({ ...d, ...p })), [setDoc]);
  const setFinance = useCallback((finance: Finance) => setDoc((d) => ({ ...d, finance })), [setDoc]);
  const setIndicators = useCallback(
    (fn: (rows: Indicator[]) => Indicator[]) => setDoc((d) => ({ ...d, indicators: fn(d.indicators) })),
    [setDoc],
  );
  const setManagement = useCallback(
    (fn: (items: ManagementItem[]) => ManagementItem[]) =>
      setDoc((d) => ({ ...d, management: fn(d.management) })),
    [setDoc],
  );
  const setProjects = useCallback((projects: Project[]) => setDoc((d) => ({ ...d, projects })), [setDoc]);
  // The first sections paint at once; the long tables follow in an interruptible second pass.
  const [rest, setRest] = useState(false);
  useEffect(() => startTransition(() => setRest(true)), []);
  return (
    <>
      <BasicInfoSection doc={doc} onPatch={onPatch} />
      <FinanceSection value={doc.finance} onChange={setFinance} />
      {!rest && <Skeleton active paragraph={{ rows: 8 }} />}
      {rest && (
        <>
          <IndicatorSection
            rows={doc.indicators}
            reportedCount={doc.reported.indicatorCount}
            onChange={setIndicators}
            by={by}
          />
          <ManagementSection
            items={doc.management}
            onChange={setManagement}
            root={rubric?.root ?? null}
            scores={scores}
          />
          <ProjectsSection value={doc.projects} onChange={setProjects} />
          <ConclusionSection
            conclusion={doc.conclusion}
            problems={doc.problems}
            improvements={doc.improvements}
            onPatch={onPatch}
          />
        </>
      )}
    </>
  );
}
