import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildProjectList,
  projectTotals,
  writeProjectListCsv,
  writeProjectListXlsx,
} from '../../../test/fixtures/projects/list';
import { toFen } from '../../core/money';
import { readProjectList } from './read';

const fen = (wan: number | null | undefined) => (wan == null ? null : toFen(wan));
/** Lines in order of source: a list with a column per source gives them in column order. */
const bySource = (a: unknown[], b: unknown[]) => String(a[0]).localeCompare(String(b[0]));

/** Any list the generator can make, in any format it writes. */
const listCase = fc.record({
  n: fc.integer({ min: 1, max: 30 }),
  seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
  year: fc.integer({ min: 2018, max: 2030 }),
  precision: fc.constantFrom('cent' as const, 'fen' as const),
  unit: fc.constantFrom('wan' as const, 'yuan' as const),
  headers: fc.constantFrom('standard' as const, 'system' as const),
  totalRow: fc.boolean(),
  layout: fc.constantFrom('rows' as const, 'columns' as const),
  format: fc.oneof(
    fc.record({ kind: fc.constant('xlsx' as const), merge: fc.boolean() }),
    fc.record({
      kind: fc.constant('csv' as const),
      encoding: fc.constantFrom(
        'utf-8' as const,
        'utf-8-bom' as const,
        'gb18030' as const,
        'utf-16le' as const,
      ),
      delimiter: fc.constantFrom(',' as const, '\t' as const),
    }),
  ),
});

describe('readProjectList: round trip (property)', () => {
  it('any list the generator can make imports back exactly, to the 分', async () => {
    await fc.assert(
      fc.asyncProperty(listCase, async (c) => {
        const list = buildProjectList(c);
        const bytes =
          c.format.kind === 'xlsx'
            ? await writeProjectListXlsx(list, { ...c, merge: c.format.merge })
            : writeProjectListCsv(list, { ...c, ...c.format });
        const r = await readProjectList(bytes, `list.${c.format.kind}`, { year: c.year });
        expect(
          r.problems.filter((p) => p.severity !== 'info' && p.code !== 'project_list_unit_yuan'),
        ).toEqual([]);
        expect(
          r.projects.map((d) => ({
            year: d.year,
            code: d.project.code,
            name: d.project.name,
            category: d.project.category,
            implementer: d.project.implementer,
            owner: d.project.owner,
            lines: d.finance.bySource
              .map((l) => [l.source, fen(l.initial), fen(l.budget), fen(l.executed)])
              .sort(bySource),
            totals: [fen(d.finance.initialBudget), fen(d.finance.budget), fen(d.finance.executed)],
          })),
        ).toEqual(
          list.projects.map((p) => {
            const t = projectTotals(p);
            return {
              year: c.year,
              code: p.code,
              name: p.name,
              category: p.category,
              implementer: p.implementer,
              owner: p.owner,
              lines: p.lines.map((l) => [l.source, l.initialFen, l.budgetFen, l.executedFen]).sort(bySource),
              totals: [t.initialFen, t.budgetFen, t.executedFen],
            };
          }),
        );
      }),
      { numRuns: 40 },
    );
  });
});
