import { describe, expect, it } from 'vitest';
import { auditEvaluation } from './audit';
import { defineMessages, renderTrace } from './messages';

describe('the message map', () => {
  it("refuses a code that is already taken, so no module can change another one's sentences", () => {
    expect(() => defineMessages({ indicator_unmet: () => '别的句子' })).toThrow(
      '消息代码重复：indicator_unmet',
    );
  });

  it('keeps the score sentences once the audit rules have registered theirs', () => {
    expect(typeof auditEvaluation).toBe('function');
    const t = {
      code: 'indicator_unmet',
      params: { name: '出租屋综合税征收完成值', target: '100%', actual: '80%', completion: 80, lost: 0.57 },
    };
    expect(renderTrace(t)).toBe('出租屋综合税征收完成值：目标 100%，实际 80%，完成率 80%，扣 0.57 分');
  });

  it('names an unknown code rather than failing', () => {
    expect(renderTrace({ code: 'nope', params: { a: 1 } })).toBe('nope {"a":1}');
  });
});
