/** An amount cell in 万元 or 元 → integer 分, exactly, or the reason it is not an amount (the text kept as typed). */
import { FEN_PER_WAN, isFenPrecise, MAX_WAN, toFen } from '../../core/money';
import { readNumber } from '../../core/number-input';
import type { Unit } from './_columns';
import type { Cell } from './_table';

export type AmountRead =
  | { ok: true; fen: number | null }
  | { ok: false; negative: boolean; reason: string; text: string };

const MAX_FEN = MAX_WAN * FEN_PER_WAN;
const FEN_PER_YUAN = FEN_PER_WAN / 10_000;
/** Decimals of one 分 in each unit: 万元 to 6 places, 元 to 2. */
const DECIMALS: Record<Unit, number> = { wan: 6, yuan: 2 };
const PRECISION: Record<Unit, string> = {
  wan: '金额精度不能超过分（万元最多 6 位小数）',
  yuan: '金额精度不能超过分（元最多 2 位小数）',
};
const RANGE = `金额超过 ${MAX_WAN.toLocaleString('en-US')} 万元，不合常理`;

const fail = (text: string, reason: string, negative = false): AmountRead => ({
  ok: false,
  negative,
  reason,
  text,
});

/** Digits with a point, no sign, no grouping: exact 分 by integer arithmetic on the text. */
function fenOfDecimal(digits: string, unit: Unit): number | null {
  const m = /^(\d*)(?:\.(\d*))?$/.exec(digits);
  if (!m || (!m[1] && !m[2])) return null;
  const frac = (m[2] ?? '').replace(/0+$/, '');
  if (frac.length > DECIMALS[unit]) return null;
  const scale = unit === 'wan' ? FEN_PER_WAN : FEN_PER_YUAN;
  return Number(m[1] || '0') * scale + Number(frac.padEnd(DECIMALS[unit], '0') || '0');
}

function readNumberCell(v: number, unit: Unit): AmountRead {
  const text = String(v);
  if (!Number.isFinite(v)) return fail(text, '不是有效数字');
  // What Excel shows (15 significant digits), without the binary noise of a formula (0.1 + 0.2).
  const n = Number(v.toPrecision(15));
  if (n < 0) return fail(text, '金额不能为负数', true);
  const fen = unit === 'wan' ? toFen(n) : Math.round(n * FEN_PER_YUAN);
  const exact = unit === 'wan' ? isFenPrecise(n) : Number((n * FEN_PER_YUAN).toPrecision(15)) === fen;
  if (!exact) return fail(text, PRECISION[unit]);
  if (fen > MAX_FEN) return fail(text, RANGE);
  return { ok: true, fen };
}

function readTextCell(raw: string, unit: Unit): AmountRead {
  let s = raw.normalize('NFKC').trim();
  if (s === '') return { ok: true, fen: null };
  // A figure that names its own unit is read in it.
  let u = unit;
  if (/万元?$/.test(s)) u = 'wan';
  else if (/元$/.test(s)) {
    u = 'yuan';
    s = s.slice(0, -1).trim();
  }
  const r = readNumber(s, 'amount');
  if (r.ok) {
    if (r.value === null) return { ok: true, fen: null };
    return { ok: true, fen: u === 'wan' ? toFen(r.value) : Math.round(r.value * FEN_PER_YUAN) };
  }
  if (r.problem === 'negative') return fail(raw, '金额不能为负数', true);
  if (r.problem !== 'too_many_decimals' && r.problem !== 'out_of_range') return fail(raw, r.message);
  // The field's usual rule allows 2 decimals of 万元; a list may hold 分 (6 decimals), which is still exact.
  const digits = s
    .replace(/万元?$/, '')
    .replace(/^\+/, '')
    .replace(/,/g, '')
    .trim();
  const fen = fenOfDecimal(digits, u);
  if (fen === null) return fail(raw, PRECISION[u]);
  if (fen > MAX_FEN) return fail(raw, RANGE);
  return { ok: true, fen };
}

/**
 * Read one amount cell in the column's unit; blank is `{ ok: true, fen: null }`. Never throws, never rounds.
 * @example readAmount('1,234.56', 'yuan') // { ok: true, fen: 123456 }  (0.123456 万元)
 * @example readAmount('一千万', 'wan') // { ok: false, reason: '请用阿拉伯数字填写，不接受中文数字', text: '一千万', … }
 */
export function readAmount(cell: Cell, unit: Unit): AmountRead {
  if (cell === null) return { ok: true, fen: null };
  if (typeof cell === 'number') return readNumberCell(cell, unit);
  if (typeof cell === 'string') return readTextCell(cell, unit);
  return fail(cell.error, `单元格为错误值 ${cell.error}`);
}
