import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Evaluation } from '../../core/model';
import { round2 } from '../../core/money';
import { scoreEvaluation } from '../../core/rubric';
import { getRubric } from '../../rubrics';
import { extractText } from '.';
import { checkExtraction } from './_completeness';

const nanzhou = Evaluation.parse(
  JSON.parse(readFileSync(new URL('../../../examples/nanzhou-2023.json', import.meta.url), 'utf8')),
);
const rubric = getRubric(nanzhou.rubric);

describe('checkExtraction', () => {
  it('says nothing of a complete reading whose score is the stated one', () => {
    const s = scoreEvaluation(nanzhou, rubric);
    expect(Math.abs((s.total ?? 0) - nanzhou.reported.total!)).toBeLessThanOrEqual(0.005);
    expect(checkExtraction(nanzhou, rubric)).toEqual([]);
  });

  it.each([
    [
      '部门职能',
      'department.functions',
      (e: Evaluation) => ({ ...e, department: { ...e.department, functions: [] } }),
    ],
    ['全年预算数', 'finance.budget', (e: Evaluation) => ({ ...e, finance: { ...e.finance, budget: null } })],
    ['管理效率', 'management', (e: Evaluation) => ({ ...e, management: [] })],
    ['绩效指标', 'indicators', (e: Evaluation) => ({ ...e, indicators: [] })],
    ['自评总分', 'reported.total', (e: Evaluation) => ({ ...e, reported: { ...e.reported, total: null } })],
  ])('names an empty %s and points at %s', (part, path, cut) => {
    const w = checkExtraction(cut(nanzhou), rubric).filter((x) => x.code === 'extract_part_empty');
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ path, message: expect.stringContaining(part) });
  });

  it('says when the computed score differs from the stated one, with both figures', () => {
    const lower = {
      ...nanzhou,
      management: nanzhou.management.map((m, i) =>
        i === 0 && m.score ? { ...m, score: 0, reason: '无' } : m,
      ),
    };
    const s = scoreEvaluation(lower, rubric);
    expect(s.total).not.toBeNull();
    const w = checkExtraction(lower, rubric);
    expect(w.map((x) => x.code)).toEqual(['extract_score_differs']);
    expect(w[0]!.message).toContain(`${round2(s.total!).toFixed(2)} 分`);
    expect(w[0]!.message).toContain(`${nanzhou.reported.total} 分`);
  });

  it('says how much could not be computed when the reading misses scored parts', () => {
    const partial = { ...nanzhou, management: nanzhou.management.slice(5) };
    const s = scoreEvaluation(partial, rubric);
    expect(s.total).toBeNull();
    const w = checkExtraction(partial, rubric).find((x) => x.code === 'extract_score_incomplete');
    expect(w?.message).toContain(`只能算出 ${round2(s.computedTotal).toFixed(2)} 分`);
    expect(w?.message).toContain(`另有 ${s.missing.length} 项`);
  });
});

describe('extractText', () => {
  const report = (duties: string) =>
    [
      '2023 年度广州市海珠区人民政府某某街道办事处部门整体支出绩效自评报告',
      '一、部门基本情况',
      '（一）部门职能。',
      duties,
      '（二）年度总体工作和重点工作任务。',
      '全年预算数 100.00 万元，执行数 90.00 万元。',
      '二、绩效自评情况',
      '整体绩效自评得分 91.46 分。',
    ].join('\n');

  it('reads 部门职能 written as running text, one entry per paragraph, captions left out', () => {
    const r = extractText(report('表 1-1 部门主要职责\n负责本辖区的行政管理工作。'));
    expect(r.evaluation.department.functions).toEqual(['负责本辖区的行政管理工作。']);
  });

  it('reads numbered duties one by one', () => {
    const r = extractText(report('1. 负责甲工作。\n2. 负责乙工作。'));
    expect(r.evaluation.department.functions).toEqual(['1. 负责甲工作。', '2. 负责乙工作。']);
  });

  it('warns of the parts the report lacks and of the score it could not reach', () => {
    const r = extractText(report('负责本辖区的行政管理工作。'));
    const codes = r.warnings.map((w) => w.code);
    expect(codes).toContain('extract_part_empty');
    expect(r.warnings.map((w) => w.message)).toContainEqual(expect.stringContaining('绩效指标'));
    expect(codes).toContain('extract_score_incomplete');
    // The document keeps the warnings, without the response's field paths.
    expect(r.evaluation.extraction?.warnings.map((w) => w.code)).toEqual(codes);
    expect(r.evaluation.extraction?.warnings.some((w) => 'path' in w)).toBe(false);
  });
});
