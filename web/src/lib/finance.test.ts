import { describe, expect, it } from 'vitest';
import duobao from '../../../examples/duobao-2023.json' with { type: 'json' };
import jinhua from '../../../examples/jinhua-2024.json' with { type: 'json' };
import nanzhou from '../../../examples/nanzhou-2023.json' with { type: 'json' };
import xiaoguwei from '../../../examples/xiaoguwei-2023.json' with { type: 'json' };
import xinhua from '../../../examples/xinhua-2022.json' with { type: 'json' };
import { auditEvaluation, renderFinding } from '../../../src/core/audit';
import { Evaluation } from '../../../src/core/model';
import { getRubric } from '../../../src/rubrics';
import { checkText, checkTotal, columnSum, rateText } from './finance';

describe('finance figures', () => {
  it('sums a column exactly (0.1 + 0.2 is 0.3)', () => {
    expect(columnSum([{ v: 0.1 }, { v: 0.2 }, { v: null }], (l) => l.v)).toBe(0.3);
    expect(columnSum([{ v: null }], (l) => l.v)).toBeNull();
  });

  it('gives the execution rate of seed 004 (南洲 2023): 23033.06 / 23135.18 = 99.56%', () => {
    expect(rateText(23033.06, 23135.18)).toBe('99.56%');
    expect(rateText(1, 0)).toBeNull();
    expect(rateText(null, 5)).toBeNull();
  });

  it('says nothing while a line or the total is blank, nor when they agree', () => {
    expect(checkTotal([{ v: 10 }, { v: null }], (l) => l.v, 30)).toBeNull();
    expect(checkTotal([{ v: 10 }], (l) => l.v, null)).toBeNull();
    expect(checkText(checkTotal([{ v: 10 }, { v: 20 }], (l) => l.v, 30))).toBeNull();
  });

  it('names whole-万元 lines 0.41 from their total as 尾差, as the audit does (seed 001: 6624 + 725 ≠ 7348.59)', () => {
    expect(checkText(checkTotal([6624, 725], (v) => v, 7348.59))).toBe('尾差 0.41 万元');
    expect(checkText(checkTotal([6624, 727], (v) => v, 7348.59))).toBe('相差 2.41 万元');
  });

  it('agrees with the audit on every stated total of the seeds, 尾差 or not (seed 003 income: 相差 2.54 万元)', () => {
    const seen: string[] = [];
    for (const raw of [duobao, jinhua, nanzhou, xiaoguwei, xinhua]) {
      const doc = Evaluation.parse(raw);
      for (const f of auditEvaluation(doc, getRubric(doc.rubric))) {
        const m = /^finance\.(income|expenditure)Total\.(initial|budget|actual)$/.exec(
          String(f.params.totalPath),
        );
        if (!m || !f.code.startsWith('lines_total_') || f.path !== `finance.${m[1]}`) continue;
        const [, table, column] = m as unknown as [
          string,
          'income' | 'expenditure',
          'initial' | 'budget' | 'actual',
        ];
        const c = checkTotal(doc.finance[table], (l) => l[column], doc.finance[`${table}Total`]?.[column]);
        expect(c?.agreement).toBe(f.code === 'lines_total_rounding' ? 'rounding' : 'mismatch');
        const text = checkText(c)!;
        expect(renderFinding(f)).toContain(`相差 ${text.replace(/^\S+ /, '')}`);
        seen.push(`${doc.department.name.slice(-7)} ${f.path}.${column}: ${text}`);
      }
    }
    expect(seen).toContain('新华街道办事处 finance.income.actual: 相差 2.54 万元');
  });
});
