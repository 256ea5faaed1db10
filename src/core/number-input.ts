/**
 * What people type into a number field (万元 amounts, rates, scores, counts, years), read without guessing: full-width
 * digits and punctuation, thousands separators, the field's own unit. What cannot be read exactly is refused with a
 * Chinese reason naming the field; nothing is rounded, clamped or dropped to make it fit.
 */
import { MAX_WAN } from './money';

/** The kinds of number fields of the document, each with its own range, precision and units. */
export type NumberKind =
  | 'amount'
  | 'signedAmount'
  | 'percent'
  | 'signedPercent'
  | 'points'
  | 'count'
  | 'year';

export const NUMBER_KINDS: readonly NumberKind[] = [
  'amount',
  'signedAmount',
  'percent',
  'signedPercent',
  'points',
  'count',
  'year',
];

export type NumberProblem =
  | 'not_number'
  | 'chinese_numeral'
  | 'scientific'
  | 'negative'
  | 'too_many_decimals'
  | 'out_of_range'
  | 'bad_grouping'
  | 'not_integer'
  | 'wrong_unit';

export type NumberReading =
  /** `value` is null for a blank field. */
  { ok: true; value: number | null } | { ok: false; problem: NumberProblem; message: string };

interface KindSpec {
  /** Units that may follow the number, as the field already means them. */
  units: readonly string[];
  /** Units people confuse with this field's, with the reason they are refused. */
  wrongUnits: ReadonlyArray<readonly [string, string]>;
  decimals: number;
  min: number;
  max: number;
  /** Said when the value is above `max` (or below `min` for signed kinds). */
  range: string;
  /** What the field holds, for "应为…". */
  noun: string;
  decimalsMessage: string;
}

const AMOUNT_RANGE = `金额超出范围（不能超过 ${MAX_WAN.toLocaleString('en-US')} 万元）`;
const AMOUNT_UNITS = {
  units: ['万元', '万'],
  wrongUnits: [
    ['亿元', '单位是万元，请换算为万元填写'],
    ['元', '单位是万元，请换算为万元填写'],
    ['%', '应填金额（万元），不是百分比'],
  ],
} as const;
const PERCENT_UNITS = {
  units: ['%'],
  wrongUnits: [
    ['万元', '应填百分比，不是金额'],
    ['元', '应填百分比，不是金额'],
  ],
} as const;

const SPECS: Record<NumberKind, KindSpec> = {
  amount: {
    ...AMOUNT_UNITS,
    decimals: 2,
    min: 0,
    max: MAX_WAN,
    range: AMOUNT_RANGE,
    noun: '金额',
    decimalsMessage: '金额最多两位小数',
  },
  signedAmount: {
    ...AMOUNT_UNITS,
    decimals: 2,
    min: -MAX_WAN,
    max: MAX_WAN,
    range: AMOUNT_RANGE,
    noun: '金额',
    decimalsMessage: '金额最多两位小数',
  },
  percent: {
    ...PERCENT_UNITS,
    decimals: 2,
    min: 0,
    max: 1000,
    range: '百分比超出范围（不能超过 1000%）',
    noun: '百分比',
    decimalsMessage: '百分比最多两位小数',
  },
  signedPercent: {
    ...PERCENT_UNITS,
    decimals: 2,
    min: -1000,
    max: 1000,
    range: '百分比超出范围（应在 -1000% 至 1000% 之间）',
    noun: '百分比',
    decimalsMessage: '百分比最多两位小数',
  },
  points: {
    units: ['分'],
    wrongUnits: [['%', '应填分数，不是百分比']],
    decimals: 2,
    min: 0,
    max: 100,
    range: '分数不能超过 100 分',
    noun: '分数',
    decimalsMessage: '分数最多两位小数',
  },
  count: {
    units: ['个', '项', '家', '人'],
    wrongUnits: [['%', '应填个数，不是百分比']],
    decimals: 0,
    min: 0,
    max: 1_000_000,
    range: '个数超出范围',
    noun: '整数',
    decimalsMessage: '应为整数',
  },
  year: {
    units: ['年度', '年'],
    wrongUnits: [],
    decimals: 0,
    min: 2000,
    max: 2100,
    range: '年度应在 2000 至 2100 之间',
    noun: '年份（如 2023）',
    decimalsMessage: '年度应为整数',
  },
};

const CHINESE_NUMERAL = /[零〇一二三四五六七八九十百千万亿两壹贰叁肆伍陆柒捌玖拾佰仟]/;
const SCIENTIFIC = /^[+-]?(\d+\.?\d*|\.\d+)e[+-]?\d+$/i;
/** Digits with optional thousands groups and decimals; `5.` and `.5` as people type them. */
const PLAIN = /^(\d+|\d{1,3}(?:,\d{3})+)?(?:\.(\d*))?$/;

/** Full-width forms to ASCII, the minus sign to `-`, every kind of white space trimmed. */
function normalize(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2212\uFE63]/g, '-')
    .trim();
}

/**
 * Read what was typed into a number field of the given kind; blank is `{ ok: true, value: null }`. Never throws.
 * @example readNumber('２３，１３５．１８', 'amount') // { ok: true, value: 23135.18 }
 * @example readNumber('-500', 'amount', '全年预算数') // { ok: false, problem: 'negative', message: '「全年预算数」不能为负数' }
 */
export function readNumber(text: unknown, kind: NumberKind, label?: string): NumberReading {
  const spec = SPECS[kind];
  const fail = (problem: NumberProblem, reason: string): NumberReading => ({
    ok: false,
    problem,
    message: label ? `「${label}」${reason}` : reason,
  });
  if (typeof text !== 'string') return fail('not_number', `应为${spec.noun}`);
  let s = normalize(text);
  if (s === '') return { ok: true, value: null };
  if (CHINESE_NUMERAL.test(s.replace(/(万元|万|亿元|年度|年)$/, '')))
    return fail('chinese_numeral', '请用阿拉伯数字填写，不接受中文数字');
  const unit = spec.units.find((u) => s.endsWith(u));
  if (unit) s = s.slice(0, -unit.length).trim();
  else {
    const wrong = spec.wrongUnits.find(([u]) => s.endsWith(u));
    if (wrong) return fail('wrong_unit', wrong[1]);
  }
  let sign = 1;
  if (s.startsWith('-') || s.startsWith('+')) {
    sign = s[0] === '-' ? -1 : 1;
    s = s.slice(1).trim();
  }
  if (SCIENTIFIC.test(s)) return fail('scientific', '不接受科学计数法，请写出完整数字');
  const m = PLAIN.exec(s);
  if (!m || (m[1] === undefined && !m[2])) {
    if (/^[\d,]+(\.\d*)?$/.test(s)) return fail('bad_grouping', '千分位逗号位置不对（应每三位一个逗号）');
    return fail('not_number', `应为${spec.noun}`);
  }
  const int = (m[1] ?? '0').replace(/,/g, '');
  const frac = m[2] ?? '';
  const value = Number(`${int}.${frac || '0'}`);
  if (sign < 0 && value !== 0 && spec.min >= 0) return fail('negative', '不能为负数');
  if (frac.replace(/0+$/, '').length > spec.decimals) return fail('too_many_decimals', spec.decimalsMessage);
  const signed = sign < 0 && value !== 0 ? -value : value;
  if (signed > spec.max || signed < spec.min) return fail('out_of_range', spec.range);
  return { ok: true, value: signed };
}

/**
 * A value as the field shows it when it is not being edited: amounts with thousands separators and at least 2
 * decimals (more only when the stored figure has them: nothing is hidden by rounding).
 * @example formatNumber(23135.18, 'amount') // '23,135.18'
 */
export function formatNumber(value: number | null | undefined, kind: NumberKind): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  if (kind === 'amount' || kind === 'signedAmount') {
    const neg = value < 0;
    const [i, d] = Math.abs(value).toFixed(6).split('.') as [string, string];
    const dec = d.replace(/0+$/, '').padEnd(2, '0');
    return `${neg ? '-' : ''}${i.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${dec}`;
  }
  return String(value);
}
