import { describe, expect, it } from 'vitest';
import { countByStatus, readDeskFilter, writeDeskFilter } from './desk-filter';

describe('desk filter in the address', () => {
  it('reads statuses in the workflow order, drops unknown ones, and defaults the district', () => {
    const f = readDeskFilter(new URLSearchParams('status=approved,bogus,draft&year=2023&drafts=1'), '海珠区');
    expect(f).toEqual({
      district: '海珠区',
      year: 2023,
      statuses: ['draft', 'approved'],
      includeDrafts: true,
    });
    expect(readDeskFilter(new URLSearchParams('district=荔湾区'), '海珠区')).toEqual({
      district: '荔湾区',
      year: null,
      statuses: [],
      includeDrafts: false,
    });
  });

  it('writes a change and keeps the rest', () => {
    const q = new URLSearchParams('year=2023&print=1&status=draft');
    const s = new URLSearchParams(
      writeDeskFilter(q, { statuses: ['submitted', 'approved'], includeDrafts: true }),
    );
    expect(s.get('status')).toBe('submitted,approved');
    expect(s.get('drafts')).toBe('1');
    expect(s.get('year')).toBe('2023');
    expect(s.get('print')).toBe('1');
    const cleared = new URLSearchParams(
      writeDeskFilter(s, { statuses: [], includeDrafts: false, year: null }),
    );
    expect([...cleared.keys()]).toEqual(['print']);
  });

  it('counts by status in the workflow order', () => {
    expect(countByStatus([{ status: 'returned' }, { status: 'draft' }, { status: 'draft' }])).toBe(
      '草稿 2 份、退回 1 份',
    );
    expect(countByStatus([])).toBe('');
  });
});
