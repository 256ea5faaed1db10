/** What every monitoring rule reads: the record, the rules, the year elapsed at its date, the record's totals. */
import type { Finding } from '../audit/types';
import type { BudgetLine, Monitoring } from '../model/monitoring';
import { fromFen, toFen } from '../money';
import type { YearElapsed } from './dates';
import type { MonitoringRules } from './rules';

export type MonitorFinding = Finding;

export interface MonitorContext {
  doc: Monitoring;
  rules: MonitoringRules;
  elapsed: YearElapsed;
  /** Other monitoring records of the department (any order); the forecast reads those of the same year before `asOf`. */
  earlier: readonly Monitoring[];
}

/**
 * A total of the record in 分: as stated, or else 基本支出 + 项目支出 (the 项目支出 line, or else its projects).
 * Null when neither is complete.
 */
export function totalFen(doc: Monitoring, key: 'budget' | 'executed'): number | null {
  const stated = doc.finance[key];
  if (stated != null) return toFen(stated);
  const of = (kind: BudgetLine['kind']) => doc.finance.lines.filter((l) => l.kind === kind);
  const projects = of('projects');
  const parts = [...of('basic'), ...(projects.length ? projects : of('project'))];
  if (!parts.length || parts.some((l) => l[key] == null)) return null;
  return parts.reduce((s, l) => s + toFen(l[key]!), 0);
}

/** A 分 amount as 万元 for a message's params. */
export const wanOf = (fen: number): number => fromFen(fen);

export const lineLabel = (line: BudgetLine): string =>
  line.kind === 'project' ? `项目「${line.name}」` : line.name || '预算项目';
