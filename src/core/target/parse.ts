/** Parse target and actual values as written in indicator tables: `≥95%`, `5个`, `95%以上`, `进一步提升`. */
import { memoizeString } from '../_memo';
import { normalizeForParse } from '../text';
import { namesOnlyTarget, namesTarget, readStatedPair, type StatedPair } from './pair';
import { UNIT_ALIASES, UNIT_PATTERN } from './units';

export type Op = 'ge' | 'gt' | 'le' | 'lt' | 'eq' | 'between' | 'bare';

export interface Quantity {
  kind: 'quantity';
  op: Op;
  value: number;
  /** Upper bound of a range (`between`). */
  upper?: number;
  /** Normalised unit: `%`, `个`, `人次`, `万元` …; null when none is written. */
  unit: string | null;
  /** Words before the operator: `费用支付合规率` in `费用支付合规率=100%`. */
  label: string | null;
  /** True when the quantity was found inside longer prose rather than being the whole text. */
  embedded: boolean;
  text: string;
  /** The prose's own target and actual figures when the value was read from them (目标任务为 … 实绩为 …). */
  pair?: StatedPair;
}

export interface Qualitative {
  kind: 'qualitative';
  text: string;
}

export type ParsedValue = Quantity | Qualitative;

export interface ParseIssue {
  code: 'empty' | 'unparseable';
  message: string;
  text: string;
}

export type SafeParseResult = { success: true; data: ParsedValue } | { success: false; error: ParseIssue };

export class TargetParseError extends Error {
  constructor(readonly issue: ParseIssue) {
    super(issue.message);
    this.name = 'TargetParseError';
  }
}

const NUM = String.raw`[-+]?\d+(?:\.\d+)?`;
/** A number with an optional unit, the unit captured. */
const QTY = `(${NUM})(${UNIT_PATTERN})?`;

const OP_SYMBOL: Record<string, Op> = { '≥': 'ge', '≤': 'le', '>': 'gt', '<': 'lt', '=': 'eq' };
const PREFIX_WORDS: Array<[RegExp, Op]> = [
  [/^(?:不低于|不少于|不小于|至少|达到|达|大于等于)/, 'ge'],
  [/^(?:不高于|不超过|不多于|不大于|最多|小于等于|控制在)/, 'le'],
  [/^(?:大于|高于|超过|多于)/, 'gt'],
  // 不达90% / 未达到 90%: below the figure.
  [/^(?:小于|低于|少于|不足|不达|未达到|未达)/, 'lt'],
  [/^(?:等于|为|是)/, 'eq'],
];
const SUFFIX_WORDS: Array<[RegExp, Op]> = [
  [/(?:以上|及以上|或以上)$/, 'ge'],
  [/(?:以下|及以下|或以下|以内|之内)$/, 'le'],
];

function unitOf(u: string | undefined): string | null {
  if (!u) return null;
  return UNIT_ALIASES[u] ?? u;
}

function quantity(
  op: Op,
  value: string,
  unit: string | undefined,
  text: string,
  extra: Partial<Quantity> = {},
): Quantity {
  return {
    kind: 'quantity',
    op,
    value: Number(value),
    unit: unitOf(unit),
    label: null,
    embedded: false,
    text,
    ...extra,
  };
}

const WHOLE_RANGE = new RegExp(
  String.raw`^(?:\[|【)?(${NUM})(${UNIT_PATTERN})?(?:-|~|～|—|至|到|,)(${NUM})(${UNIT_PATTERN})?(?:\]|】)?$`,
);
const WHOLE_OP = new RegExp(`^([≥≤<>=])${QTY}$`);
const WHOLE_BARE = new RegExp(`^${QTY}$`);

/** Parse the body after any label: operator, words, bare value or range. */
function parseBody(body: string, text: string): Quantity | null {
  let m = WHOLE_OP.exec(body);
  if (m) return quantity(OP_SYMBOL[m[1]!]!, m[2]!, m[3], text);
  for (const [re, op] of PREFIX_WORDS) {
    const rest = body.replace(re, '');
    if (rest !== body) {
      const inner = parseBody(rest, text);
      if (inner && inner.op === 'bare') return { ...inner, op };
      return null;
    }
  }
  for (const [re, op] of SUFFIX_WORDS) {
    const rest = body.replace(re, '');
    if (rest !== body) {
      m = WHOLE_BARE.exec(rest);
      if (m) return quantity(op, m[1]!, m[2], text);
      return null;
    }
  }
  m = WHOLE_RANGE.exec(body);
  if (m) {
    const lo = Number(m[1]);
    const hi = Number(m[3]);
    if (lo <= hi) return quantity('between', m[1]!, m[2] ?? m[4], text, { upper: hi });
  }
  m = WHOLE_BARE.exec(body);
  if (m) return quantity('bare', m[1]!, m[2], text);
  return null;
}

/** A label is words without digits before an operator or value: `费用支付合规率=100%`, `采购程序规范性 100%`. */
const LABELLED = new RegExp(
  String.raw`^([^\d≥≤<>=]{1,60}?)([≥≤<>=].*|(?:不低于|不少于|不高于|不超过|达到)?${NUM}.*)$`,
);

/** Quantities inside prose: an operator or word, then a number and unit. */
const EMBEDDED_OP = new RegExp(
  `(不低于|不少于|不小于|不高于|不超过|不大于|达到|≥|≤|<|>|=)(${NUM})(${UNIT_PATTERN})?(以上|以下)?`,
  'g',
);
const EMBEDDED_QTY = new RegExp(`(${NUM})(${UNIT_PATTERN})(以上|以下)?`, 'g');

const WORD_OP: Record<string, Op> = {
  不低于: 'ge',
  不少于: 'ge',
  不小于: 'ge',
  达到: 'ge',
  不高于: 'le',
  不超过: 'le',
  不大于: 'le',
};

function embeddedTarget(s: string, text: string): Quantity | null {
  const hits = [...s.matchAll(EMBEDDED_OP)];
  const last = hits.at(-1);
  if (!last) return null;
  const op = WORD_OP[last[1]!] ?? OP_SYMBOL[last[1]!] ?? 'bare';
  const suffixOp: Op | null = last[4] === '以上' ? 'ge' : last[4] === '以下' ? 'le' : null;
  return quantity(op === 'eq' && suffixOp ? suffixOp : op, last[2]!, last[3], text, { embedded: true });
}

/**
 * Parse a target or actual value as written. Throws `TargetParseError` on empty or malformed text.
 * @example parseTarget('≥95%') // { kind: 'quantity', op: 'ge', value: 95, unit: '%' }
 * @example parseTarget('进一步提升') // { kind: 'qualitative' }
 */
export function parseTarget(text: string): ParsedValue {
  const r = safeParseTarget(text);
  if (!r.success) throw new TargetParseError(r.error);
  return r.data;
}

/** The safe form of `parseTarget`: never throws, whatever the input. Results are shared: do not mutate them. */
export function safeParseTarget(text: unknown): SafeParseResult {
  if (typeof text !== 'string' || text.trim() === '') {
    return { success: false, error: { code: 'empty', message: '目标值为空', text: String(text ?? '') } };
  }
  return parseCached(text);
}

const parseCached = memoizeString(parseText);

function parseText(text: string): SafeParseResult {
  const raw = text.length > 2000 ? text.slice(0, 2000) : text;
  const s = normalizeForParse(raw);
  const direct = parseBody(s, raw);
  if (direct) return { success: true, data: direct };
  const lm = LABELLED.exec(s);
  if (lm) {
    const body = parseBody(lm[2]!, raw);
    if (body) return { success: true, data: { ...body, label: lm[1]! } };
  }
  // A short text that is only an operator and junk is malformed, not prose.
  if (/^[≥≤<>=]/.test(s) || /^[^\u4e00-\u9fff]*[≥≤<>=][^\u4e00-\u9fff]*$/.test(s)) {
    return { success: false, error: { code: 'unparseable', message: `无法识别的目标值：${raw}`, text: raw } };
  }
  const emb = embeddedTarget(s, raw);
  if (emb) return { success: true, data: emb };
  return { success: true, data: { kind: 'qualitative', text: raw } };
}

/**
 * Parse an actual value: like a target, and in prose the figure with the target's unit (`月度发放及时率为 91.01%`).
 * Returns a qualitative value when no single figure can be read.
 */
export function parseActual(text: string | null | undefined, targetUnit?: string | null): ParsedValue | null {
  if (text == null || text.trim() === '') return null;
  const unit = targetUnit ?? '';
  let byText = actualCache.get(unit);
  if (!byText) {
    byText = memoizeString((t: string) => parseActualText(t, unit || null));
    actualCache.set(unit, byText);
  }
  return byText(text);
}

/** One memo per target unit, so the key is the text itself (no concatenated keys to hash). */
const actualCache = new Map<string, (text: string) => ParsedValue | null>();

function parseActualText(text: string, targetUnit: string | null): ParsedValue | null {
  const r = safeParseTarget(text);
  if (!r.success) return { kind: 'qualitative', text };
  if (r.data.kind === 'quantity' && !r.data.embedded) {
    // `目标任务为 1,050.00 万元` states the target, not what was done.
    return r.data.label && namesTarget(r.data.label) ? { kind: 'qualitative', text } : r.data;
  }
  const s = normalizeForParse(text.length > 2000 ? text.slice(0, 2000) : text);
  if (targetUnit) {
    const same = [...s.matchAll(EMBEDDED_QTY)].filter((m) => unitOf(m[2]) === targetUnit);
    const last = same.at(-1);
    // Two different figures of the same unit (`建成 1 个社工站 13 个社工点`) are ambiguous: a person must read them,
    // unless the prose says which is the target and which the actual (`目标任务为 … 万元，实绩为 … 万元`).
    const ambiguous = same.some((m) => Number(m[1]) !== Number(last?.[1]));
    if (ambiguous) {
      const pair = readStatedPair(text, targetUnit);
      if (pair)
        return quantity('eq', String(pair.actual.value), pair.actual.unit, text, { embedded: true, pair });
    }
    // A figure the prose names as the target (`目标任务为 1,050.00 万元`) is not an actual.
    if (last && !ambiguous && !namesOnlyTarget(text, targetUnit)) {
      const op: Op = last[3] === '以上' ? 'ge' : last[3] === '以下' ? 'le' : 'eq';
      return quantity(op, last[1]!, last[2], text, { embedded: true });
    }
  }
  return r.data.kind === 'quantity' ? r.data : { kind: 'qualitative', text };
}
