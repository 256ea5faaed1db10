/** Grades 优 / 良 / 中 / 差 from a rubric's bands, taken on the unrounded score. */
import type { Rubric } from './schema';
import type { Grade } from './types';

/** `gradeOf(89.999, gz)` is 良: the score is never rounded before grading. */
export function gradeOf(score: number, rubric: Pick<Rubric, 'grades'>): Grade {
  const bands = [...rubric.grades].sort((a, b) => b.min - a.min);
  for (const b of bands) if (score >= b.min) return b.label;
  return bands.at(-1)?.label ?? '差';
}
