import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ProjectEvaluationDraft } from '../../core/model/project-evaluation';
import { readProjectList } from './read';

/** What people and budget systems put in an amount cell, good and bad. */
const amountText = fc.oneof(
  fc.integer({ min: 0, max: 99_999_999 }).map((c) => (c / 100).toFixed(2)),
  fc
    .integer({ min: 0, max: 9_999_999 })
    .map((c) => (c / 100).toLocaleString('en-US', { minimumFractionDigits: 2 })),
  fc.constantFrom(
    '',
    ' ',
    '一千万',
    '-5.00',
    '1e3',
    '12%',
    '1,23',
    '待定',
    '—',
    '0',
    '１２．５',
    '3万元',
    '"',
  ),
);
const nameText = fc.constantFrom(
  '环境卫生保洁服务',
  '禁毒工作经费',
  '社工服务站运营经费',
  '',
  '合计',
  '小计',
);
const sourceText = fc.constantFrom('', '财政拨款', '其他资金');

const quote = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

describe('readProjectList: nothing typed is lost (property)', () => {
  it('every amount typed under a project is a value or a draft text, and every draft is valid', async () => {
    const row = fc.tuple(nameText, sourceText, amountText, amountText);
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 12 }), async (rows) => {
        const text = `项目名称,资金来源,全年预算数（万元）,全年执行数（万元）\r\n${rows
          .map((r) => r.map(quote).join(','))
          .join('\r\n')}`;
        const r = await readProjectList(new TextEncoder().encode(text), 'f.csv', { year: 2023 });
        expect(r.refused).toBe(false);
        for (const p of r.projects) expect(ProjectEvaluationDraft.safeParse(p).success).toBe(true);
        // Amount cells of rows that were imported: each is read into a value or kept in drafts, never dropped.
        // Imported: a named row, or a funding row right under an imported one (merged cells saved as CSV).
        let previous = false;
        const imported = rows.filter(([name, source, b, e]) => {
          const empty = !name && !source && !b.trim() && !e.trim();
          const keep = name ? !/^(合计|小计)/.test(name) : !!source && previous;
          previous = keep && !empty;
          return keep;
        });
        const typed = imported.flatMap(([, , b, e]) => [b, e]).filter((t) => t.trim() !== '');
        const kept = r.projects.flatMap((p) => {
          const lines = p.finance.bySource.length
            ? p.finance.bySource.flatMap((l) => [l.budget, l.executed])
            : [p.finance.budget, p.finance.executed];
          return [...lines.filter((v) => v !== null), ...Object.values(p.drafts ?? {})];
        });
        expect(kept).toHaveLength(typed.length);
        expect(r.problems.filter((p) => p.code === 'project_list_bad_amount')).toHaveLength(
          r.projects.reduce((n, p) => n + Object.keys(p.drafts ?? {}).length, 0),
        );
      }),
      { numRuns: 300 },
    );
  });
});
