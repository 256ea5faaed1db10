/** Reading an indicator row: its stated status and stated completion rate as values the rules can compare. */
import type { Indicator } from '../../model';
import type { JudgeResult } from '../../target/judge';
import { normalizeForParse } from '../../text';

/** The verdict a stated status reads as (已完成 → met): the judge's own reading. */
export { statusVerdict } from '../../target/judge';

/** `105.26%` / `105. 26%` → 105.26; null when the text is not a bare percentage. */
export function parsePercent(text: string | null | undefined): number | null {
  if (!text) return null;
  const m = /^(-?\d+(?:\.\d+)?)%?$/.exec(normalizeForParse(text));
  return m ? Number(m[1]) : null;
}

export function isMet(r: JudgeResult | null): boolean {
  return r === 'met';
}

export function isUnmet(r: JudgeResult | null): boolean {
  return r === 'not_met' || r === 'partly_met';
}

/** A short description of the row for messages. */
export function describe(ind: Indicator, project: string | null): string {
  return project ? `项目「${project}」的指标「${ind.name}」` : `指标「${ind.name}」`;
}
