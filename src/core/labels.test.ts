import { describe, expect, it } from 'vitest';
import { isStatus, ROLE_LABEL, ROLES, STATUS_LABEL, STATUSES, statusLabel } from './labels';
import { renderMessage } from './messages';

describe('labels', () => {
  it('names every status and every role, and nothing else', () => {
    expect(Object.keys(STATUS_LABEL)).toEqual([...STATUSES]);
    expect(Object.keys(ROLE_LABEL)).toEqual([...ROLES]);
  });

  it('shows an unknown status as it is', () => {
    expect(statusLabel('returned')).toBe('退回');
    expect(statusLabel('archived')).toBe('archived');
    expect([isStatus('approved'), isStatus('archived'), isStatus(null)]).toEqual([true, false, false]);
  });

  it('feeds the message map: a tiered indicator names its verdict, an open one why it needs judgement', () => {
    const tier = renderMessage('indicator_unmet_tier', {
      name: '群众满意度',
      result: 'partly_met',
      factor: 60,
      lost: 1.2,
    });
    expect(tier).toBe('群众满意度：部分完成，按 60% 计分，扣 1.2 分');
    const open = renderMessage('indicator_needs_judgement', {
      name: '群众满意度',
      why: 'unit_mismatch',
      weight: 3,
    });
    expect(open).toBe('群众满意度：目标值与实际值单位不一致，需人工判断（3 分待定）');
  });
});
