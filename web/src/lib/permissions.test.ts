import { describe, expect, it } from 'vitest';
import { editPolicy, isLocked } from './permissions';

const doc = {
  indicators: [
    { name: 'a', owner: 'li' },
    { name: 'b', owner: 'wang' },
  ],
};

describe('editPolicy', () => {
  it('lets an editor edit everything in a draft', () => {
    expect(editPolicy({ role: 'editor', username: 'e' }, 'draft', doc)('finance.budget')).toBe(true);
  });

  it('locks a submitted evaluation for everyone', () => {
    expect(isLocked('submitted')).toBe(true);
    expect(editPolicy({ role: 'editor', username: 'e' }, 'submitted', doc)('finance.budget')).toBe(false);
    expect(editPolicy({ role: 'admin', username: 'a' }, 'approved', doc)('year')).toBe(false);
  });

  it('never lets a reviewer edit', () => {
    expect(editPolicy({ role: 'reviewer', username: 'r' }, 'draft', doc)('overview')).toBe(false);
  });

  it('lets staff edit only the rows they own, and not their owner', () => {
    const can = editPolicy({ role: 'staff', username: 'li' }, 'returned', doc);
    expect(can('indicators[0].actual')).toBe(true);
    expect(can('indicators[1].actual')).toBe(false);
    expect(can('indicators[0].owner')).toBe(false);
    expect(can('indicators')).toBe(false);
    expect(can('finance.budget')).toBe(false);
  });
});
