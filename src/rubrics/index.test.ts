import { describe, expect, it } from 'vitest';
import { rubricNodes } from '../core/rubric';
import { findRubric, getRubric, listRubrics, resolveRubric } from '.';

describe('the shipped rubrics', () => {
  it('load, each id once, the Guangzhou years from one definition', () => {
    expect(listRubrics().map((r) => [r.id, r.region, r.year])).toEqual([
      ['gz-dept-2022', '广州', 2022],
      ['gz-dept-2023', '广州', 2023],
      ['gz-dept-2024', '广州', 2024],
      ['national-project-2020', '全国', null],
    ]);
    const [a, b, c] = ['gz-dept-2022', 'gz-dept-2023', 'gz-dept-2024'].map(getRubric);
    expect(a!.root).toBe(b!.root);
    expect(b!.root).toBe(c!.root);
    expect(c!.name).toBe('广州市部门整体支出绩效自评指标体系（2024 年度）');
  });

  it('give every threshold node a finance input and every group its children', () => {
    for (const r of listRubrics()) {
      for (const n of rubricNodes(r.root)) {
        if (n.kind === 'threshold_at_most' || n.kind === 'threshold_at_least')
          expect(n.params.input).toBeTruthy();
        if (n.kind === 'group') expect(n.children.length).toBeGreaterThan(0);
      }
    }
  });

  it('are found by id, and by region and year with a fallback', () => {
    expect(findRubric('gz-dept-2021')).toBeNull();
    expect(() => getRubric('gz-dept-2021')).toThrow('未知的评分标准：gz-dept-2021');
    expect(resolveRubric('广州', 2023)).toEqual({ rubric: getRubric('gz-dept-2023'), warning: null });
    expect(resolveRubric('广州', 2025)).toEqual({
      rubric: getRubric('gz-dept-2024'),
      warning: '没有广州 2025 年度的评分标准，改用 gz-dept-2024',
    });
    expect(resolveRubric('广州', 2019)?.rubric.id).toBe('gz-dept-2022');
  });
});
