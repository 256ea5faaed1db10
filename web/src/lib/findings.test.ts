import { describe, expect, it } from 'vitest';
import { defineMessages } from '../../../src/core/messages';
import { countBySeverity, sortFindings, toUiFinding } from './findings';

describe('toUiFinding', () => {
  it('renders the sentence from the message map and normalizes a dotted path', () => {
    defineMessages({ test_total_mismatch: (p) => `合计 ${p.stated} 与明细 ${p.sum} 不符` });
    const f = toUiFinding({
      code: 'test_total_mismatch',
      severity: 'error',
      path: 'finance.income.1.budget',
      params: { stated: 3, sum: 2 },
    });
    expect(f).toEqual({
      code: 'test_total_mismatch',
      severity: 'error',
      message: '合计 3 与明细 2 不符',
      path: 'finance.income[1].budget',
    });
  });

  it('keeps a message the finding already carries and tolerates junk', () => {
    expect(toUiFinding({ code: 'x', message: '已有说明', level: 'info' })).toMatchObject({
      message: '已有说明',
      severity: 'info',
      path: null,
    });
    expect(toUiFinding(null)).toMatchObject({ code: 'finding', severity: 'warning' });
  });

  it('sorts errors first and counts by severity', () => {
    const list = [
      toUiFinding({ severity: 'info' }),
      toUiFinding({ severity: 'error' }),
      toUiFinding({ severity: 'warning' }),
    ];
    expect(sortFindings(list).map((f) => f.severity)).toEqual(['error', 'warning', 'info']);
    expect(countBySeverity(list)).toEqual({ error: 1, warning: 1, info: 1 });
  });
});
