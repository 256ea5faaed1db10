/** Grades 优 / 良 / 中 / 差 from a rubric's bands, taken on the score as printed (2 decimals, half up). */
import { round2 } from '../money';
import type { Rubric } from './schema';
import type { Grade } from './types';

/**
 * The grade of a score as the documents print it: 89.996 prints as 90.00, so it is 优; 89.994 prints as 89.99 (良).
 * Passing the printed score itself gives the same grade (rounding twice changes nothing).
 * @example gradeOf(89.995, gz) // '优'
 */
export function gradeOf(score: number, rubric: Pick<Rubric, 'grades'>): Grade {
  const printed = round2(score);
  const bands = [...rubric.grades].sort((a, b) => b.min - a.min);
  for (const b of bands) if (printed >= b.min) return b.label;
  return bands.at(-1)?.label ?? '差';
}
