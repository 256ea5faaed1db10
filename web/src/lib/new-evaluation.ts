/** A blank evaluation for a department and year, on the rubric for that year. */
import { Evaluation } from '../../../src/core/model';
import { listRubrics, resolveRubric } from '../../../src/rubrics';

/** The department rubric for a year: the same year, else the nearest earlier one. */
export function rubricIdFor(year: number): string {
  const regions = [
    ...new Set(
      listRubrics()
        .filter((r) => r.scope === 'department')
        .map((r) => r.region),
    ),
  ];
  for (const region of regions) {
    const hit = resolveRubric(region, year);
    if (hit) return hit.rubric.id;
  }
  return listRubrics()[0]?.id ?? '';
}

/** @example newEvaluation({ name: '南洲街道办事处', district: '海珠区' }, 2024).rubric // 'gz-dept-2024' */
export function newEvaluation(
  department: { name: string; district: string | null },
  year: number,
): Evaluation {
  return Evaluation.parse({
    department: { name: department.name, district: department.district },
    year,
    rubric: rubricIdFor(year),
    title: `${year} 年度${department.name}部门整体支出绩效自评报告`,
  });
}
