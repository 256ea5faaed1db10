/** Execution to date against the year's budget at the last checkpoint passed (e.g. 40% by 6月30日). */
import { round2, toFen } from '../money';
import { lineLabel, type MonitorContext, type MonitorFinding, totalFen, wanOf } from './_context';
import { shareBelow } from './_exact';
import { checkpointDate, formatMonthDay } from './dates';
import type { MonitoringRules } from './rules';

type Checkpoint = NonNullable<MonitoringRules['execution']>['checkpoints'][number];

/**
 * The checkpoint in force at a date: the last one whose date (in that year) is on or before it, or null before the first.
 * @example checkpointInForce(cps, '2023-07-15') // the 06-30 checkpoint
 */
export function checkpointInForce(checkpoints: readonly Checkpoint[], asOf: string): Checkpoint | null {
  const year = Number(asOf.slice(0, 4));
  return checkpoints.filter((c) => checkpointDate(year, c.date) <= asOf).at(-1) ?? null;
}

interface Subject {
  label: string;
  path: string;
  budget: number | null;
  executed: number | null;
  reasonGiven?: boolean;
}

export function checkExecution(ctx: MonitorContext): MonitorFinding[] {
  const rule = ctx.rules.execution;
  if (!rule) return [];
  const cp = checkpointInForce(rule.checkpoints, ctx.doc.asOf);
  if (!cp) return [];
  const { doc } = ctx;
  const subjects: Subject[] = [
    {
      label: '部门整体支出',
      path: 'finance.executed',
      budget: totalFen(doc, 'budget'),
      executed: totalFen(doc, 'executed'),
    },
  ];
  if (rule.lines)
    doc.finance.lines.forEach((line, i) => {
      subjects.push({
        label: lineLabel(line),
        path: `finance.lines[${i}].executed`,
        budget: line.budget == null ? null : toFen(line.budget),
        executed: line.executed == null ? null : toFen(line.executed),
        reasonGiven: !!line.deviationReason,
      });
    });
  const checkpoint = formatMonthDay(checkpointDate(doc.year, cp.date));
  return subjects.flatMap((s): MonitorFinding[] => {
    if (!s.budget || s.executed == null) return [];
    if (!shareBelow(BigInt(s.executed), BigInt(s.budget), cp.minShare)) return [];
    const share = round2((s.executed / s.budget) * 100);
    return [
      {
        code: 'monitor_execution_behind',
        severity: 'warning',
        section: '预算执行',
        path: s.path,
        expected: cp.minShare,
        found: share,
        params: {
          label: s.label,
          asOf: formatMonthDay(doc.asOf),
          checkpoint,
          minShare: cp.minShare,
          share,
          executed: wanOf(s.executed),
          budget: wanOf(s.budget),
          ...(s.reasonGiven === undefined ? {} : { reasonGiven: s.reasonGiven }),
        },
      },
    ];
  });
}
