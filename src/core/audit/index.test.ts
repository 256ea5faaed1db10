import { existsSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildEvaluation } from '../../../test/factories';
import { findRubric } from '../../rubrics';
import { MESSAGES } from '../messages';
import { Evaluation } from '../model';
import { isFenPrecise } from '../money';
import { auditEvaluation, countFindings, groupFindings, RULES, renderFinding } from '.';

function audit(name: string) {
  const e = Evaluation.parse(JSON.parse(readFileSync(`examples/${name}.json`, 'utf8')));
  return auditEvaluation(e, findRubric(e.rubric));
}

describe('auditEvaluation on the examples', () => {
  it('xinhua 2022 (seed 003): the 2.54 万元 gap in the income lines is an error', () => {
    const f = audit('xinhua-2022').filter((x) => x.severity === 'error');
    expect(f).toContainEqual(
      expect.objectContaining({
        code: 'lines_total_mismatch',
        path: 'finance.income',
        expected: 43717.66,
        found: 43715.12,
      }),
    );
    expect(renderFinding(f.find((x) => x.path === 'finance.income')!)).toContain('相差 2.54 万元');
  });

  it('xinhua 2022: names the three unmet indicators and flags 居民使用场室人次 as set too high', () => {
    const f = audit('xinhua-2022');
    const unmet = f.filter((x) => x.code.startsWith('unmet_indicator')).map((x) => x.params.name);
    expect(unmet.sort()).toEqual(['历史遗留问题解决率', '居民使用场室人次', '重要节日慰问人次'].sort());
    const high = f.filter((x) => x.code === 'target_too_high').map((x) => x.params.name);
    expect(high).toContain('居民使用场室人次');
    expect(
      renderFinding(f.find((x) => x.code === 'target_too_high' && x.params.name === '居民使用场室人次')!),
    ).toContain('目标值设置偏高');
  });

  it('nanzhou 2023 (seed 004) has no error', () => {
    expect(audit('nanzhou-2023').filter((x) => x.severity === 'error')).toEqual([]);
  });

  it('duobao 2023 (seed 001): 96% against 95.74% is info only', () => {
    const f = audit('duobao-2023');
    const narrative = f.filter((x) => x.path === 'reported.narrativeExecutionRate');
    expect(narrative).toMatchObject([{ severity: 'info', expected: 95.74, found: 96 }]);
    expect(f.filter((x) => x.severity === 'error')).toEqual([]);
  });

  it('every finding on every example renders as a Chinese sentence from the message map', () => {
    for (const name of ['xinhua-2022', 'nanzhou-2023', 'duobao-2023', 'xiaoguwei-2023', 'jinhua-2024']) {
      for (const f of audit(name)) expect(renderFinding(f)).not.toMatch(/^[a-z_]+ \{/);
    }
  });
});

describe('the rule set', () => {
  it('every rule has its own test file beside it', () => {
    const untested = RULES.filter((r) => !existsSync(`src/core/audit/rules/${r.id}.test.ts`)).map(
      (r) => r.id,
    );
    expect(untested).toEqual([]);
  });

  it('every code a rule declares has a message', () => {
    const missing = RULES.flatMap((r) => r.codes).filter((c) => !(c in MESSAGES));
    expect(missing).toEqual([]);
  });

  it('collects every finding rather than stopping at the first error', () => {
    const e = buildEvaluation({
      finance: { income: [{ name: 'a', actual: 1 }], incomeTotal: { actual: 3 }, budget: 100, executed: 50 },
      reported: { executionRate: 60, indicatorCount: 2 },
    });
    const f = auditEvaluation(e, null);
    expect(countFindings(f).error).toBe(3);
    expect(groupFindings(f).map((g) => g.section)).toEqual([
      '基本情况',
      '收支情况',
      '绩效指标',
      '评分',
      '问题与改进',
    ]);
  });

  it('never throws on arbitrary valid figures, and every finding renders', () => {
    // The schema's isFenPrecise rejects some 2-decimal amounts above 16,384 万元 (float noise); keep to those it accepts.
    const amount = fc
      .integer({ min: 0, max: 10_000_000 })
      .map((n) => n / 100)
      .filter(isFenPrecise);
    fc.assert(
      fc.property(
        amount,
        amount,
        amount,
        amount,
        fc.option(fc.integer({ min: 0, max: 200 })),
        (a, b, budget, executed, rate) => {
          const e = buildEvaluation({
            finance: {
              income: [{ name: 'x', actual: a }],
              incomeTotal: { actual: b },
              budget,
              executed,
              carryover: a,
            },
            reported: { executionRate: rate, narrativeExecutionRate: rate },
            indicators: [
              {
                name: '人次',
                target: `≥${Math.round(b)}人次`,
                actual: `${Math.round(a)}人次`,
                status: '已完成',
                completion: `${rate ?? 0}%`,
              },
            ],
          });
          for (const f of auditEvaluation(e, findRubric('gz-dept-2023')))
            expect(renderFinding(f).length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 200, seed: 42 },
    );
  });
});
