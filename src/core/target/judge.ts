/** Judge one indicator: met / partly met / not met / needs a person, with its completion rate. */
import { memoizeString } from '../_memo';
import type { Indicator } from '../model';
import { readStatedPair } from './pair';
import { type ParsedValue, parseActual, type Quantity, safeParseTarget } from './parse';

export type JudgeResult = 'met' | 'partly_met' | 'not_met' | 'needs_judgement';
export type Direction = 'more' | 'less' | 'range' | 'qualitative';

/** Where the verdict came from: computed from the figures, a person's judgement, or the document's own status. */
export type JudgeSource = 'computed' | 'judgement' | 'reported' | 'claimed' | 'none';

export interface Judged {
  result: JudgeResult;
  /** actual ÷ target (more is better) or target ÷ actual (less is better), uncapped; null when not computable. */
  completion: number | null;
  direction: Direction | null;
  source: JudgeSource;
  /** Why, as a message code: `unit_mismatch`, `actual_unreadable`, `target_missing` … */
  code: string;
  target: ParsedValue | null;
  actual: ParsedValue | null;
}

export interface JudgeOptions {
  /** How a bare value (`100%`, `5个`) reads when the name gives no hint: at least, or exactly. */
  bareAs?: 'ge' | 'eq';
  /** Name fragments that make smaller better (投诉率, 发生率 …). */
  lessIsBetterWords?: readonly string[];
}

export const LESS_IS_BETTER_WORDS = [
  '投诉',
  '发生率',
  '事故',
  '差错',
  '违规',
  '违法',
  '被处理',
  '超支',
  '结余率',
  '失误',
  '逾期',
  '返工',
  '流失',
  '死亡',
  '案件数',
] as const;

const NEGATION = /未完成|未达|尚未|正在|逐步|部分|不足|未能|没有完成|滞后|推进中/;
const STATUS_MET = /^(已完成|完成|达成|已达成|达到|是|100%)$/;
const STATUS_NOT = /未完成|未达|未达成|否/;
const STATUS_PART = /部分/;

/**
 * The verdict a stated status reads as; null when it says nothing.
 * @example statusVerdict('已完成') // 'met'
 */
export function statusVerdict(status: string | null | undefined): JudgeResult | null {
  if (!status) return null;
  const s = status.replace(/\s+/g, '');
  if (STATUS_PART.test(s)) return 'partly_met';
  if (STATUS_NOT.test(s)) return 'not_met';
  if (STATUS_MET.test(s)) return 'met';
  return null;
}

function directionOf(q: Quantity, name: string, opts: JudgeOptions): Direction {
  if (q.op === 'ge' || q.op === 'gt') return 'more';
  if (q.op === 'le' || q.op === 'lt') return 'less';
  if (q.op === 'between') return 'range';
  if (!opts.lessIsBetterWords) return defaultLessIsBetter(name) ? 'less' : 'more';
  return containsAny(name, opts.lessIsBetterWords) ? 'less' : 'more';
}

function containsAny(name: string, words: readonly string[]): boolean {
  for (const w of words) if (name.includes(w)) return true;
  return false;
}

const defaultLessIsBetter = memoizeString((name) => containsAny(name, LESS_IS_BETTER_WORDS));

const EPS = 1e-9;

/** A verdict from two figures; completion null when the actual is only a bound (`不达90%`) that proves a shortfall. */
function compare(
  t: Quantity,
  a: Quantity,
  dir: Direction,
): { met: boolean; completion: number | null } | null {
  const tv = t.value;
  const av = a.value;
  if (dir === 'range') {
    const hi = t.upper ?? tv;
    if (av >= tv - EPS && av <= hi + EPS) return { met: true, completion: 1 };
    if (av < tv) return { met: false, completion: tv === 0 ? 0 : av / tv };
    return { met: false, completion: av === 0 ? 1 : hi / av };
  }
  // An actual below a figure (`不达90%`) where more is better, or above one where less is: short of the target when
  // the figure is within it, unknown otherwise.
  const awayBound = dir === 'more' ? a.op === 'lt' : a.op === 'gt';
  if (awayBound)
    return (dir === 'more' ? av <= tv + EPS : av >= tv - EPS) ? { met: false, completion: null } : null;
  if (dir === 'less') {
    // An actual written as a bound (`< 10%`) meets a target with the same or a looser bound.
    const met = t.op === 'lt' && a.op !== 'lt' ? av < tv - EPS : av <= tv + EPS;
    if (met) return { met: true, completion: 1 };
    return { met: false, completion: tv === 0 ? 0 : tv / av };
  }
  const met = t.op === 'gt' ? av > tv + EPS || (a.op === 'gt' && av >= tv - EPS) : av >= tv - EPS;
  if (tv === 0) return { met, completion: met ? 1 : 0 };
  return { met, completion: av / tv };
}

/** Names of indicators whose percentage target is a completion of a task: 目标收费完成值, 征收完成率, 预算执行率. */
const COMPLETION_NAME = /完成|达成|执行/;

/**
 * For a percentage target of completion (`100%`), prose stating the task's figure and the actual one in another unit
 * (`目标任务为 1,050.00 万元，实绩为 1,106.78 万元`) gives the completion as a percentage: 1,106.78 ÷ 1,050.00 = 105.41%.
 */
function completionFromPair(name: string, text: string | null | undefined, tq: Quantity): Quantity | null {
  if (tq.unit !== '%' || !text || !COMPLETION_NAME.test(name)) return null;
  const pair = readStatedPair(text, null);
  if (!pair || pair.target.value <= 0 || pair.actual.value < 0) return null;
  return {
    kind: 'quantity',
    op: 'eq',
    value: (pair.actual.value / pair.target.value) * 100,
    unit: '%',
    label: null,
    embedded: true,
    text,
    pair,
  };
}

/** No figure to compare: the reported status if there is one, else a person must judge. */
function fallbackOf(
  base: Pick<Judged, 'target' | 'actual'>,
  reported: JudgeResult | null,
  code: string,
  direction: Direction | null,
): Judged {
  return reported
    ? {
        target: base.target,
        actual: base.actual,
        result: reported,
        completion: null,
        direction,
        source: 'reported',
        code,
      }
    : {
        target: base.target,
        actual: base.actual,
        result: 'needs_judgement',
        completion: null,
        direction,
        source: 'none',
        code,
      };
}

/**
 * Judge an indicator from its target and actual value, falling back to a person's judgement or the reported status.
 * @example judgeIndicator({ name: '长者满意度', target: '90%', actual: '长者满意度为 100%。' }).completion // 1.1111
 */
export function judgeIndicator(
  ind: Pick<Indicator, 'name' | 'target' | 'actual' | 'status' | 'judgement'> & {
    adjustedTarget?: string | null;
  },
  opts: JudgeOptions = {},
): Judged {
  const targetText = ind.adjustedTarget || ind.target;
  const tp = targetText ? safeParseTarget(targetText) : null;
  const target = tp?.success ? tp.data : null;
  const tq = target?.kind === 'quantity' ? target : null;
  const parsed = parseActual(ind.actual, tq?.unit ?? null);
  const actual =
    (tq && parsed?.kind !== 'quantity' && completionFromPair(ind.name, ind.actual, tq)) || parsed;
  const base = { target, actual };

  if (ind.judgement?.result) {
    let completion: number | null = null;
    let direction: Direction | null = target?.kind === 'qualitative' ? 'qualitative' : null;
    if (tq && actual?.kind === 'quantity') {
      direction = directionOf(tq, ind.name, opts);
      completion = compare(tq, actual, direction)?.completion ?? null;
    }
    return {
      target: base.target,
      actual: base.actual,
      result: ind.judgement.result,
      completion,
      direction,
      source: 'judgement',
      code: 'judged',
    };
  }
  const reported = statusVerdict(ind.status);

  if (!targetText) return fallbackOf(base, reported, 'target_missing', null);
  if (!tp?.success) return fallbackOf(base, reported, 'target_unparseable', null);
  if (!target || target.kind === 'qualitative') {
    if (!actual) return fallbackOf(base, reported, 'actual_missing', 'qualitative');
    if (reported)
      return {
        target: base.target,
        actual: base.actual,
        result: reported,
        completion: null,
        direction: 'qualitative',
        source: 'reported',
        code: 'qualitative',
      };
    const text = actual.kind === 'qualitative' ? actual.text : actual.text;
    if (NEGATION.test(text)) return fallbackOf(base, reported, 'qualitative_negated', 'qualitative');
    return {
      target: base.target,
      actual: base.actual,
      result: 'met',
      completion: 1,
      direction: 'qualitative',
      source: 'claimed',
      code: 'qualitative_claimed',
    };
  }
  const dir = directionOf(target, ind.name, opts);
  if (!actual) return fallbackOf(base, reported, 'actual_missing', dir);
  if (actual.kind !== 'quantity') {
    if (NEGATION.test(actual.text) && !reported) return fallbackOf(base, reported, 'actual_negated', dir);
    return fallbackOf(base, reported, 'actual_unreadable', dir);
  }
  if (target.unit && actual.unit && target.unit !== actual.unit)
    return fallbackOf(base, reported, 'unit_mismatch', dir);
  const verdict = compare(target, actual, dir);
  if (!verdict) return fallbackOf(base, reported, 'actual_unreadable', dir);
  const { met, completion } = verdict;
  return {
    target: base.target,
    actual: base.actual,
    result: met ? 'met' : 'not_met',
    completion,
    direction: dir,
    source: 'computed',
    code: met ? 'met' : 'not_met',
  };
}
