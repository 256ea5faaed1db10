import { describe, expect, it } from 'vitest';
import { extractText } from '..';

/** A minimal report around one paragraph: the title gives department and year. */
const read = (body: string) =>
  extractText(
    `2023 年度广州市越秀区人民政府某某街道办事处部门整体支出绩效自评报告\n一、部门整体收支情况\n${body}\n`,
  ).evaluation;

describe('budget figures in prose', () => {
  it.each([
    [
      '全年预算数 7,676 万元，执行数 7348.59 万元，完成预算的 95.74%。',
      { budget: 7676, executed: 7348.59 },
      95.74,
    ],
    [
      '支出决算数为 22696.66 万元，完成全年预算数 23582.84 万元的 96.24%。',
      { budget: 23582.84, executed: 22696.66 },
      96.24,
    ],
    [
      '全年预算数２３１３５．１８万元，执行数２３０３３．０６万元。',
      { budget: 23135.18, executed: 23033.06 },
      null,
    ],
    ['全年预算数 12,345,678 元，执行数 10,000,000 元。', { budget: 1234.5678, executed: 1000 }, null],
    ['根据区财政部门测算，年度平均执行率只有95%，扣0.5分。', {}, 95],
  ])('%s', (text, finance, rate) => {
    const e = read(text);
    expect(e.finance).toMatchObject(finance);
    expect(e.reported.executionRate ?? null).toBe(rate);
  });

  it('keeps a rate rounded in prose apart from the stated one', () => {
    const e = read(
      '全年预算数 7676 万元，执行数 7348.59 万元，完成预算的 95.74%。预算支出执行率较高，为96%。',
    );
    expect(e.reported.executionRate).toBe(95.74);
    expect(e.reported.narrativeExecutionRate).toBe(96);
  });

  it('reads income, sources of funds, basic and project spending and the carry-over', () => {
    const e = read(
      '2023 年度收入 22620.74 万元，比上年增加 3563.11 万元。按资金来源分，一般公共预算财政拨款支出 6624 万元，政府性基金预算财政拨款支出 725 万元。按支出性质看，基本支出 2824 万元，项目支出 4525 万元。年末结转和结余 0 万元。',
    );
    expect(e.finance.incomeTotal?.actual).toBe(22620.74);
    expect(e.finance.expenditureBySource).toEqual([
      { name: '一般公共预算财政拨款支出', actual: 6624 },
      { name: '政府性基金预算财政拨款支出', actual: 725 },
    ]);
    expect(e.finance).toMatchObject({ basic: 2824, project: 4525, carryover: 0 });
  });

  it('reads “三公”经费 and a stated change, even with a unit broken by a space', () => {
    const e = read('2023 年部门“三公”经费支出 27.90 万元，比年初预算数减少 0.64 万 元 ， 下降 2.24%。');
    expect(e.finance.threePublic).toEqual({ actual: 27.9 });
    expect(e.finance.comparisons[0]).toMatchObject({
      base: '年初预算',
      current: 27.9,
      change: -0.64,
      changePct: -2.24,
    });
  });

  it('reads income and expenditure tables, totals kept apart from lines', () => {
    const e = read(
      [
        '项目\t年初预算数\t全年预算数\t决算数',
        '一、一般公共预算财政拨款收入\t21,870.50\t22,588.02\t22,588.02',
        '二、政府性基金预算财政拨款收入\t4,000.00\t21,127.10\t21,127.10',
        '说明文字。',
        '项目\t行次\t年初预算数\t全年预算数\t决算数',
        '一、基本支出\t1\t4,956.27\t5,171.27\t5,171.26',
        '二、项目支出\t2\t20,914.23\t38,546.39\t38,546.39',
        '合计\t\t25,870.50\t43,717.66\t43,717.65',
      ].join('\n'),
    );
    expect(e.finance.income[1]).toEqual({
      name: '政府性基金预算财政拨款收入',
      initial: 4000,
      budget: 21127.1,
      actual: 21127.1,
    });
    expect(e.finance.expenditure.map((l) => l.name)).toEqual(['基本支出', '项目支出']);
    expect(e.finance.expenditureTotal).toEqual({ initial: 25870.5, budget: 43717.66, actual: 43717.65 });
    expect(e.finance).toMatchObject({ basic: 5171.26, project: 38546.39 });
    expect(e.finance.budget ?? null).toBeNull();
  });

  it('warns, and keeps the first, when two figures disagree', () => {
    const r = extractText(
      '2023 年度广州市越秀区某某局部门整体支出绩效自评报告\n全年预算数 100 万元，执行数 90 万元。\n全年预算数 120 万元。',
    );
    expect(r.evaluation.finance.budget).toBe(100);
    expect(r.warnings.map((w) => w.code)).toContain('extract_conflict');
  });
});
