/**
 * The value of a threshold item (结转结余率, 公用经费控制率, “三公”经费控制情况, 固定资产利用率): the rate its evidence
 * states, else the rate its budget and actual give. A percentage of change (下降 2.24%) is never the rate.
 */
import type { Finance } from '../../../core/model/evaluation';
import { round2 } from '../../../core/money';
import { deriveRate, type ThresholdInput } from '../../../core/rubric/inputs';
import { compactText } from '../layout/_chars';

/** A clause that states a change against a base: its percentage is the change, not the rate. */
const CHANGE = /下降|减少|增长|增加|降低|提高|上升|节约|节省|超支|同比|环比|比(?![率例重])|较(?!为|高|低|好)/;
/** A rate named and stated: 结转结余率：2.33%, 控制率为 98%, 利用率达到 90%. */
const NAMED_RATE = /率(?:为|是|达到|达|约|[:：])?(\d+(?:\.\d+)?)(%?)/;

/** The rate the evidence states, or null; `0` stands alone only after a rate's name (公用经费控制率：0). */
export function statedRate(evidence: string | null | undefined): number | null {
  if (!evidence) return null;
  const c = compactText(evidence);
  const named = NAMED_RATE.exec(c);
  if (named && (named[2] || /[:：]0(?:\.0+)?(?:[。.；;，,]|$)/.test(c.slice(named.index)))) {
    if (!CHANGE.test(clauseBefore(c, named.index))) return Number(named[1]);
  }
  for (const m of c.matchAll(/(\d+(?:\.\d+)?)%/g)) {
    if (!CHANGE.test(clauseBefore(c, m.index))) return Number(m[1]);
  }
  return null;
}

function clauseBefore(c: string, at: number): string {
  return (
    c
      .slice(0, at)
      .split(/[。；;，,！!？?]/)
      .pop() ?? ''
  );
}

/** Subjects of `finance.comparisons` whose base is a budget, by the rate they give. */
const COMPARED: Partial<Record<ThresholdInput, RegExp>> = {
  three_public_rate: /三公/,
  public_funds_rate: /公用经费/,
};

/** The rate from amounts: the finance block's budget and actual, else a stated change against the budget. */
export function amountRate(finance: Finance, input: ThresholdInput): number | null {
  const d = deriveRate(finance, input);
  if (d?.source.kind === 'amounts') return round2(d.value);
  const subject = COMPARED[input];
  if (!subject) return null;
  const c = (finance.comparisons ?? []).find(
    (x) => subject.test(x.subject) && x.base !== '上年' && x.base != null && x.current != null,
  );
  if (!c || c.current == null || !c.baseValue) return null;
  return round2((c.current / c.baseValue) * 100);
}

/**
 * A threshold item's value: stated in its evidence, else from amounts.
 * @example thresholdValue('“三公”经费支出 27.90 万元，比年初预算数减少 0.64 万元，下降 2.24%', finance, 'three_public_rate') // 97.76
 */
export function thresholdValue(
  evidence: string | null | undefined,
  finance: Finance,
  input: ThresholdInput | undefined,
): number | null {
  const stated = statedRate(evidence);
  if (stated != null) return stated;
  return input ? amountRate(finance, input) : null;
}
