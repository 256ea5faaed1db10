/** Prose that says which figure is the target and which the actual: 目标任务为 1,050.00 万元，实绩为 1,106.78 万元. */
import { memoizeString } from '../_memo';
import { normalizeForParse } from '../text';
import { UNIT_ALIASES, UNIT_PATTERN } from './units';

/** One figure of the prose with the word that names it (目标任务, 实绩 …). */
export interface StatedFigure {
  value: number;
  /** Normalised unit: `万元`, `人次`, `%`. */
  unit: string;
  /** The naming word as written: `目标任务为`, `实绩为`. */
  label: string;
}

/** The target's and the actual's figure, both stated in the prose in the same unit. */
export interface StatedPair {
  target: StatedFigure;
  actual: StatedFigure;
}

const FIGURE = new RegExp(String.raw`([-+]?\d+(?:\.\d+)?)(${UNIT_PATTERN})`, 'g');
/** Words naming the target right before its figure: 目标任务为, 征收目标数为, 年度目标, 计划完成. */
const TARGET_WORD =
  /(?:年度目标|目标任务|目标数|目标值|目标|计划数|计划|预期)(?:数|值)?(?:完成)?(?:数|值)?(?:为|是|达到|达|:)?$/;
/** Words naming the actual right before its figure: 实绩为, 实际完成, 完成了, 实际. */
const ACTUAL_WORD = /(?:实际完成|实际|实绩|完成数|完成值|完成)(?:数|值)?了?(?:为|是|达到|达|:)?$/;
const PERCENT = new Set(['%', '‰']);

type Role = 'target' | 'actual' | null;

/** The role the words before a figure give it; the longer naming wins (计划完成 names a target). */
function roleOf(before: string): { role: Role; label: string } {
  const t = TARGET_WORD.exec(before);
  const a = ACTUAL_WORD.exec(before);
  if (t && (!a || t.index <= a.index)) return { role: 'target', label: t[0] };
  if (a) return { role: 'actual', label: a[0] };
  return { role: null, label: '' };
}

interface Found extends StatedFigure {
  role: Role;
}

function figuresOf(s: string): Found[] {
  const out: Found[] = [];
  let from = 0;
  for (const m of s.matchAll(FIGURE)) {
    const at = m.index ?? 0;
    // Only the words since the previous figure or punctuation can name this one.
    const before =
      s
        .slice(from, at)
        .split(/[,，;；、。]/)
        .at(-1) ?? '';
    const { role, label } = roleOf(before);
    const unit = UNIT_ALIASES[m[2]!] ?? m[2]!;
    out.push({ value: Number(m[1]), unit, label, role });
    from = at + m[0].length;
  }
  return out;
}

const figuresCached = memoizeString((text: string) =>
  figuresOf(normalizeForParse(text.length > 2000 ? text.slice(0, 2000) : text)),
);

/**
 * The target's and the actual's figure when the prose names both, in one unit, and states no other figure of that
 * unit; null otherwise (the figures are then left to a person). With `unit` null, any unit but a percentage.
 * @example readStatedPair('目标任务为 1,050.00 万元，实绩为 1,106.78 万元。', '万元')?.actual.value // 1106.78
 */
export function readStatedPair(text: string | null | undefined, unit: string | null): StatedPair | null {
  if (!text) return null;
  const figures = figuresCached(text);
  const units =
    unit === null ? [...new Set(figures.map((f) => f.unit))].filter((u) => !PERCENT.has(u)) : [unit];
  let hit: StatedPair | null = null;
  for (const u of units) {
    const same = figures.filter((f) => f.unit === u);
    const targets = same.filter((f) => f.role === 'target');
    const actuals = same.filter((f) => f.role === 'actual');
    if (same.length !== 2 || targets.length !== 1 || actuals.length !== 1) continue;
    // Two units that each give a pair: which one the indicator means is a person's call.
    if (hit) return null;
    const strip = ({ role: _r, ...f }: Found): StatedFigure => f;
    hit = { target: strip(targets[0]!), actual: strip(actuals[0]!) };
  }
  return hit;
}

/** Whether a label before a figure names it as the target: `目标任务为`, `计划`. */
export function namesTarget(label: string): boolean {
  return roleOf(label).role === 'target';
}

/**
 * Whether the prose names its only figure of `unit` as the target (目标任务为 1,050.00 万元): not an actual.
 * @example namesOnlyTarget('目标任务为 1,050.00 万元', '万元') // true
 */
export function namesOnlyTarget(text: string, unit: string): boolean {
  const same = figuresCached(text).filter((f) => f.unit === unit);
  return same.length > 0 && same.every((f) => f.role === 'target');
}
