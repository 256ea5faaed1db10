/** The whole document as a form, laid out like the report; used by the editor and the import preview. */
import { Skeleton } from 'antd';
import { type Dispatch, type SetStateAction, startTransition, useCallback, useEffect, useState } from 'react';
import type {
  Evaluation,
  Finance,
  Indicator,
  ManagementItem,
  Project,
  Reported,
} from '../../../src/core/model';
import type { Rubric, ScoreNode } from '../../../src/core/rubric';
import { BasicInfoSection } from './sections/BasicInfoSection';
import { ConclusionSection } from './sections/ConclusionSection';
import { FinanceSection } from './sections/FinanceSection';
import { IndicatorSection } from './sections/IndicatorSection';
import { ManagementSection } from './sections/ManagementSection';
import { ProjectsSection } from './sections/ProjectsSection';
import { ReportedSection } from './sections/ReportedSection';

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
  const setReported = useCallback(
    (fn: (r: Reported) => Reported) => setDoc((d) => ({ ...d, reported: fn(d.reported) })),
    [setDoc],
  );
  const setProjects = useCallback((projects: Project[]) => setDoc((d) => ({ ...d, projects })), [setDoc]);
  /** One project through an updater, for cells drawn a while ago (a project's indicator rows). */
  const updateProject = useCallback(
    (i: number, fn: (p: Project) => Project) =>
      setDoc((d) => ({ ...d, projects: d.projects.map((p, j) => (j === i ? fn(p) : p)) })),
    [setDoc],
  );
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
          <ProjectsSection value={doc.projects} onChange={setProjects} onUpdate={updateProject} by={by} />
          <ConclusionSection
            conclusion={doc.conclusion}
            problems={doc.problems}
            improvements={doc.improvements}
            onPatch={onPatch}
          />
          <ReportedSection
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
