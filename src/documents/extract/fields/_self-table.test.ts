import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  buildTableA,
  buildTableB,
  SELF_TABLE_FACTS as FACTS,
  type SelfTable,
  toSelfTableDocx,
  toSelfTableXlsx,
} from '../../../../test/fixtures/extract/self-table';
import { convertCached, hasSoffice, toDocx } from '../../../../test/fixtures/extract/variants';
import { locateFields, sourceOfLayout } from '../_source';
import { compareFacts } from '../facts';
import { readDocx, readLayout, readText } from '../formats';
import { readXlsx } from '../formats/_xlsx';
import type { LayoutDoc } from '../layout/_model';
import { assembleSelfTable, gradeOf } from './_self-table';

const soffice = hasSoffice();
const SEEDS = fileURLToPath(new URL('../../../../../shared/seeds', import.meta.url));
const tables = [buildTableA(), buildTableB()];

async function layouts(t: SelfTable): Promise<Record<'xlsx' | 'docx', LayoutDoc>> {
  return {
    xlsx: await readXlsx(await toSelfTableXlsx(t), `${t.name}.xlsx`),
    docx: await readDocx(await toSelfTableDocx(t), `${t.name}.docx`),
  };
}

function score(t: SelfTable, doc: LayoutDoc) {
  const r = assembleSelfTable(doc, `${t.name}`);
  expect(r, `${t.name} 未被识别为自评表`).not.toBeNull();
  const report = compareFacts(FACTS[t.name]!, r!.evaluation);
  const wrong = report.checks.filter((c) => !c.ok);
  return { r: r!, report, wrong };
}

describe('assembleSelfTable', () => {
  it.each(tables.flatMap((t) => (['xlsx', 'docx'] as const).map((f) => [t.name, f, t] as const)))(
    '%s.%s: at least 98% of the hand-checked facts',
    async (_name, format, t) => {
      const { report, wrong } = score(t, (await layouts(t))[format]);
      expect(report.total).toBeGreaterThan(30);
      expect(wrong, JSON.stringify(wrong)).toHaveLength(0);
    },
  );

  it.skipIf(!soffice && process.env.CI !== 'true')(
    'the .docx converted to PDF by LibreOffice: at least 98% of the facts',
    async () => {
      const docs = await Promise.all(tables.map(toSelfTableDocx));
      const pdfs = await convertCached(
        tables.map((t, i) => ({ name: `${t.name}.docx`, bytes: docs[i]!, key: JSON.stringify(t) })),
        'pdf',
      );
      for (const t of tables) {
        const { doc } = await readLayout(pdfs.get(`${t.name}.docx`)!, `${t.name}.pdf`);
        const { report } = score(t, doc);
        expect(report.matched / report.total, t.name).toBeGreaterThanOrEqual(0.98);
      }
    },
    240_000,
  );

  it('keeps the funding lines by source, the indicator scores and their reasons, the goals and tasks', async () => {
    const a = assembleSelfTable((await layouts(buildTableA())).docx)!.evaluation;
    expect(a.finance.expenditureBySource).toMatchObject([
      { name: '财政拨款', budget: 7980.27, actual: 7690.13 },
      { name: '其他资金', budget: 456, actual: 412.42 },
    ]);
    const hidden = a.indicators.find((x) => x.name === '安全隐患整改完成率');
    expect(hidden).toMatchObject({ points: 5, reportedScore: 4.5 });
    expect(hidden?.deviationReason).toContain('产权争议');
    expect(a.indicators.filter((x) => x.deviationReason)).toHaveLength(1);
    expect(a.tasks).toHaveLength(3);
    expect(a.goal).toContain('网格巡查全覆盖');
    expect(a.overview).toContain('隐患整改率96%');
    expect(a.title).toBe('2024年度部门整体支出绩效自评表');
    const b = assembleSelfTable((await layouts(buildTableB())).xlsx)!.evaluation;
    // "无" in the reason column is no reason; the scores of the funding rows are absent in this layout.
    expect(b.indicators.filter((x) => x.deviationReason).map((x) => x.name)).toEqual([
      '防汛物资储备到位时间',
    ]);
    expect(b.reported.scores.预算资金支出率).toBeUndefined();
    expect(b.title).toBe('部门整体支出绩效自评表（2023年度）');
  });

  it('places each value at its row of the table, as the review shows the source', async () => {
    const doc = (await layouts(buildTableA())).docx;
    const { evaluation } = assembleSelfTable(doc)!;
    const source = sourceOfLayout(doc);
    const places = locateFields(evaluation, source.pieces);
    const rowOf = (path: string) => source.pieces[places[path]!]?.text.split(' | ')[0];
    expect(rowOf('department.name')).toBe('单位名称');
    expect(rowOf('finance.budget')).toBe('资金情况（万元）');
    expect(source.pieces[places['indicators[2]']!]?.text).toContain('安全隐患整改完成率');
    expect(rowOf('reported.total')).toBe('自评总分');
  });

  it.skipIf(!existsSync(SEEDS) && process.env.CI !== 'true')(
    'returns null for every seed report, and for a report with a 自评表 attached after its sections',
    async () => {
      const seeds = readdirSync(SEEDS).filter((f) => f.endsWith('.txt'));
      expect(seeds.length).toBe(5);
      for (const f of seeds) {
        const text = readFileSync(join(SEEDS, f), 'utf8');
        expect(assembleSelfTable(readText(text)), f).toBeNull();
        // The seed as a Word file with ruled tables, as the round-trip tests read it.
        expect(assembleSelfTable(await readDocx(await toDocx(text), f)), `${f}.docx`).toBeNull();
      }
      const table = (await layouts(buildTableA())).docx;
      const prose = readText(readFileSync(join(SEEDS, seeds[1]!), 'utf8'));
      expect(assembleSelfTable({ ...table, blocks: [...prose.blocks, ...table.blocks] })).toBeNull();
    },
  );

  it('says which cell of which table each value was read from', async () => {
    const doc = (await layouts(buildTableB())).xlsx;
    const { cells } = assembleSelfTable(doc)!;
    const table = doc.blocks.filter((b) => b.kind === 'table')[0]!;
    const textAt = (path: string) => table.rows[cells[path]!.row - 1]![cells[path]!.column - 1];
    expect(cells['department.name']).toEqual({ table: 1, row: 2, column: 2 });
    expect(textAt('year')).toBe('2023');
    expect(textAt('finance.budget')).toBe('5218.40');
    expect(textAt('finance.executed')).toBe('4903.96');
    expect(textAt('reported.executionRate')).toBe('93.97');
    expect(textAt('finance.expenditureBySource[1]')).toBe('500.00');
    expect(textAt('indicators[2]')).toBe('防汛物资储备到位时间');
    expect(textAt('reported.total')).toBe('88.5');
    expect(textAt('reported.grade')).toBe('良');
    // The stated figures are kept with their cells, as the general reader keeps them.
    const { evaluation } = assembleSelfTable(doc)!;
    expect(evaluation.reported.statements).toContainEqual({
      field: 'reported.total',
      value: 88.5,
      place: { table: 1, row: 18, column: 2, text: '自评得分' },
    });
    expect(evaluation.reported.statements?.map((x) => x.field).sort()).toEqual([
      'finance.budget',
      'finance.executed',
      'reported.executionRate',
      'reported.grade',
      'reported.total',
    ]);
  });

  it('returns null for a table that is not a 自评表', () => {
    const other: LayoutDoc = {
      format: 'docx',
      warnings: [],
      blocks: [
        {
          kind: 'table',
          anchor: 'unknown',
          source: 'docx',
          origin: { para: 1 },
          rows: [
            ['项目名称', '预算数', '执行数'],
            ['道路保洁', '100.00', '98.00'],
          ],
        },
      ],
    };
    expect(assembleSelfTable(other)).toBeNull();
  });

  it.each([
    ['优秀', '优'],
    ['良好', '良'],
    ['合格', '中'],
    ['不合格', '差'],
    ['（良）', '良'],
    ['', null],
  ])('grade %s reads as %s', (s, g) => {
    expect(gradeOf(s)).toBe(g);
  });
});
