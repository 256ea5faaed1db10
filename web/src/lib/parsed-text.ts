/** How a target or actual value was read, in a few Chinese words for the indicator table. */
import type { ParsedValue } from '../../../src/core/target/parse';
import { parseActual, safeParseTarget } from '../../../src/core/target/parse';

const OP: Record<string, string> = {
  ge: '≥ ',
  gt: '> ',
  le: '≤ ',
  lt: '< ',
  eq: '= ',
  bare: '',
  between: '',
};

export interface Reading {
  tone: 'ok' | 'info' | 'error';
  text: string;
}

/** An actual value read as `= 91.01%` is shown as `91.01%`: equality is what an actual value means. */
function quantityText(v: ParsedValue, isActual = false): string {
  if (v.kind !== 'quantity') return '';
  const unit = v.unit ?? '';
  if (v.op === 'between') return `${v.value}–${v.upper ?? v.value}${unit}`;
  return `${isActual && v.op === 'eq' ? '' : (OP[v.op] ?? '')}${v.value}${unit}`;
}

/**
 * @example readTarget('≥95%') // { tone: 'ok', text: '读作 ≥ 95%' }
 * @example readTarget('进一步提升') // { tone: 'info', text: '定性目标' }
 */
export function readTarget(text: string | null | undefined): Reading | null {
  if (!text?.trim()) return null;
  const r = safeParseTarget(text);
  if (!r.success) return { tone: 'error', text: r.error.message };
  if (r.data.kind === 'qualitative') return { tone: 'info', text: '定性目标' };
  return { tone: 'ok', text: `读作 ${quantityText(r.data)}${r.data.embedded ? '（取自文字）' : ''}` };
}

/** The target's unit, used to pick the right figure out of a prose actual value. */
export function targetUnit(text: string | null | undefined): string | null {
  const r = text ? safeParseTarget(text) : null;
  return r?.success && r.data.kind === 'quantity' ? r.data.unit : null;
}

/** @example readActual('月度发放及时率为 91.01%', '≥95%') // { tone: 'ok', text: '读作 91.01%' } */
export function readActual(
  text: string | null | undefined,
  target: string | null | undefined,
): Reading | null {
  const v = parseActual(text, targetUnit(target));
  if (!v) return null;
  if (v.kind === 'qualitative') return { tone: 'info', text: '文字说明，未读出数值' };
  return { tone: 'ok', text: `读作 ${quantityText(v, true)}${v.embedded ? '（取自文字）' : ''}` };
}
