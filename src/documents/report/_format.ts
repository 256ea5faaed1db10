/** Number and sentence formatting shared by the report sections: 万元, scores, rates and changes. */
import { formatPercent, formatWan, ratioWan, round2, sumWan } from '../../core/money';
import { printedScore } from '../../core/rubric';

/** A score for prose, as printed: at most 2 decimals, no trailing zeros (`91.46`, `20`, `7.5`). */
export function fmtScore(x: number): string {
  return String((printedScore(x) as number) + 0);
}

/** A score for a table cell, as printed: always 2 decimals (`20.00`). */
export function fmtScore2(x: number | null | undefined): string {
  return x == null ? '—' : (printedScore(x) as number).toFixed(2);
}

/** An amount in 万元 for a table cell (`23,135.18`), or a dash. */
export function fmtWan(x: number | null | undefined): string {
  return x == null ? '—' : formatWan(x);
}

/** A percentage stored as a number of percent (99.56 → `99.56%`). */
export function fmtPct(x: number | null | undefined): string {
  return x == null ? '—' : `${round2(x).toFixed(2)}%`;
}

/** A ratio (0.9956 → `99.56%`), or a dash. */
export function fmtRatio(x: number | null | undefined): string {
  return x == null ? '—' : formatPercent(x);
}

/** 得分率 of a node: score ÷ max. */
export function scoreRate(score: number | null, max: number): string {
  // on the displayed (rounded) score, so that 9.96 of 10 reads 99.60% as in the seeds
  return score === null || max <= 0 ? '—' : fmtRatio((printedScore(score) as number) / max);
}

/**
 * How `current` compares with `base`, in 万元 and percent: `比上年增加 1.20 万元，增长 4.50%`.
 * @example describeChange(27.9, 28.54, '年初预算数') // '比年初预算数减少 0.64 万元，下降 2.24%'
 */
export function describeChange(current: number, base: number, baseLabel: string): string {
  const change = sumWan([current, -base]);
  if (change === 0) return `与${baseLabel}持平`;
  const ratio = ratioWan(Math.abs(change), base);
  const pct = ratio === null ? '' : `，${change > 0 ? '增长' : '下降'} ${formatPercent(ratio)}`;
  return `比${baseLabel}${change > 0 ? '增加' : '减少'} ${formatWan(Math.abs(change))} 万元${pct}`;
}

/** Join clauses into one Chinese sentence ending in 。. */
export function sentence(...parts: Array<string | null | undefined | false>): string {
  const body = parts.filter((x): x is string => !!x).join('，');
  return body ? `${body.replace(/[，。；]$/, '')}。` : '';
}

/** Text as the user wrote it, ending in a full stop when it has none. */
export function asWritten(text: string): string {
  return /[。！？；…：:]$/.test(text) ? text : `${text}。`;
}
