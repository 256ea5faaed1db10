/** Store methods over a department-year's project self-evaluations: counts and grades, the lowest-scoring. */
import type { StoreContext } from './_context';
import { SUMMARY_COLUMNS } from './_evaluations';
import { toSummary } from './_rows';
import type { Store } from './types';

const GRADES = ['优', '良', '中', '差'] as const;

type ProjectMethods = Pick<Store, 'summarizeProjects' | 'listLowestProjects'>;

export function projectMethods({ db }: StoreContext): ProjectMethods {
  const selectEvaluation = () =>
    db.selectFrom('evaluations as e').innerJoin('departments as d', 'd.id', 'e.department_id');
  return {
    async summarizeProjects(f) {
      let q = selectEvaluation()
        .select((eb) => [
          'e.department_id',
          'd.name as department_name',
          eb.fn.countAll<number>().as('n'),
          eb.fn.count<number>('e.total').as('scored'),
          ...GRADES.map((g) =>
            eb.fn
              .sum<number>(eb.case().when('e.grade', '=', g).then(1).else(0).end())
              .as(`g_${GRADES.indexOf(g)}`),
          ),
        ])
        .where('e.kind', '=', 'project')
        .where('e.year', '=', f.year)
        .groupBy(['e.department_id', 'd.name'])
        .orderBy('e.department_id');
      if (f.departmentIds) {
        if (f.departmentIds.length === 0) return [];
        q = q.where('e.department_id', 'in', f.departmentIds);
      }
      if (f.district !== undefined) q = q.where('d.district', '=', f.district);
      const rows = (await q.execute()) as unknown as Record<string, number | string>[];
      return rows.map((r) => ({
        departmentId: Number(r.department_id),
        departmentName: String(r.department_name),
        year: f.year,
        count: Number(r.n),
        scored: Number(r.scored),
        grades: {
          优: Number(r.g_0 ?? 0),
          良: Number(r.g_1 ?? 0),
          中: Number(r.g_2 ?? 0),
          差: Number(r.g_3 ?? 0),
        },
      }));
    },
    async listLowestProjects(f, limit) {
      let q = selectEvaluation()
        .select(SUMMARY_COLUMNS)
        .where('e.kind', '=', 'project')
        .where('e.year', '=', f.year)
        .where('e.total', 'is not', null)
        .orderBy('e.total')
        .orderBy('e.id')
        .limit(limit);
      if (f.departmentIds) {
        if (f.departmentIds.length === 0) return [];
        q = q.where('e.department_id', 'in', f.departmentIds);
      }
      if (f.district !== undefined) q = q.where('d.district', '=', f.district);
      return (await q.execute()).map(toSummary);
    },
  };
}
