import { describe, expect, it } from 'vitest';
import { renderMessage } from '../messages';
import { buildMonitoring, buildRules } from './_fixtures';
import { yearElapsed } from './dates';
import { checkExecution, checkpointInForce } from './execution';
import './messages';

const rules = buildRules({ forecast: undefined, indicatorLag: undefined });
const cps = rules.execution!.checkpoints;
const run = (asOf: string, budget: number, executed: number, extra: object = {}) => {
  const doc = buildMonitoring({
    year: Number(asOf.slice(0, 4)),
    asOf,
    finance: { budget, executed },
    ...extra,
  });
  return checkExecution({ doc, rules, elapsed: yearElapsed(asOf), earlier: [] });
};

describe('the checkpoint in force', () => {
  it.each([
    ['2023-04-29', null],
    ['2023-04-30', '04-30'],
    ['2023-06-29', '04-30'],
    ['2023-06-30', '06-30'],
    ['2023-07-01', '06-30'],
    ['2023-08-31', '08-31'],
    ['2023-09-30', '08-31'],
    ['2023-10-31', '10-31'],
    ['2023-12-31', '10-31'],
  ])('on %s is %s', (asOf, date) => {
    expect(checkpointInForce(cps, asOf)?.date ?? null).toBe(date);
  });

  it('falls on 28 February for a 02-29 checkpoint in a year without a 29th, on the 29th in a leap year', () => {
    const feb = [{ date: '02-29', minShare: 10 }];
    expect(checkpointInForce(feb, '2023-02-28')?.date).toBe('02-29');
    expect(checkpointInForce(feb, '2024-02-28')).toBeNull();
    expect(checkpointInForce(feb, '2024-02-29')?.date).toBe('02-29');
  });
});

describe('execution to date against the checkpoint', () => {
  it('warns below 40% on 30 June, measured against the checkpoint, with the figures', () => {
    const [w] = run('2023-06-30', 23135.18, 9254.07);
    expect(w).toMatchObject({
      code: 'monitor_execution_behind',
      severity: 'warning',
      path: 'finance.executed',
      expected: 40,
      found: 40,
    });
    // 9,254.07 ÷ 23,135.18 = 39.99998…%: below 40% by less than the printed cent of a percent, and still below.
    expect(renderMessage(w!.code, w!.params)).toBe(
      '部门整体支出截至6月30日执行 9,254.07 万元，占全年预算 23,135.18 万元的 40.00%，低于6月30日检查点要求的 40.00%',
    );
  });

  it('passes at exactly 40% on the checkpoint day, to the 分', () => {
    expect(run('2023-06-30', 23135.18, 9254.072)).toEqual([]);
    expect(run('2023-06-30', 100, 39.999999)).toHaveLength(1);
    expect(run('2023-06-30', 100, 40)).toEqual([]);
  });

  it('holds the last checkpoint passed between two: 45% on 30 August is judged against 40%, on 31 August against 60%', () => {
    expect(run('2023-08-30', 100, 45)).toEqual([]);
    expect(run('2023-08-31', 100, 45)[0]).toMatchObject({ expected: 60, params: { checkpoint: '8月31日' } });
    expect(run('2023-07-31', 100, 35)[0]).toMatchObject({ expected: 40, params: { asOf: '7月31日' } });
  });

  it('warns of nothing before the first checkpoint, or without a budget', () => {
    expect(run('2023-04-29', 100, 0)).toEqual([]);
    expect(run('2023-06-30', 0, 0)).toEqual([]);
  });

  it('checks each line, says when no 偏差原因 is given, and takes the total from 基本支出 + 项目支出 when not stated', () => {
    const doc = buildMonitoring({
      finance: {
        lines: [
          { name: '基本支出', kind: 'basic', budget: 600, executed: 290 },
          { name: '项目支出', kind: 'projects', budget: 400, executed: 100 },
          { name: '社工站', kind: 'project', budget: 100, executed: 10, deviationReason: '采购在下半年' },
        ],
      },
    });
    const found = checkExecution({ doc, rules, elapsed: yearElapsed(doc.asOf), earlier: [] });
    expect(found.map((f) => [f.path, f.found])).toEqual([
      ['finance.executed', 39],
      ['finance.lines[1].executed', 25],
      ['finance.lines[2].executed', 10],
    ]);
    // The total is 600 + 400 (the 项目支出 line, not its project again): 390 ÷ 1,000.
    expect(found[0]!.params).toMatchObject({ budget: 1000, executed: 390 });
    expect(renderMessage(found[1]!.code, found[1]!.params)).toContain('；未说明偏差原因');
    expect(renderMessage(found[2]!.code, found[2]!.params)).toMatch(/^项目「社工站」.*40\.00%$/);
  });

  it('checks the total only when the rules say lines are not checked', () => {
    const onlyTotal = buildRules({
      execution: { checkpoints: [{ date: '06-30', minShare: 40 }], lines: false },
    });
    const doc = buildMonitoring({
      finance: {
        budget: 100,
        executed: 50,
        lines: [{ name: '项目支出', kind: 'projects', budget: 50, executed: 5 }],
      },
    });
    expect(checkExecution({ doc, rules: onlyTotal, elapsed: yearElapsed(doc.asOf), earlier: [] })).toEqual(
      [],
    );
  });
});
