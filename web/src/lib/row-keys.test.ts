import { describe, expect, it } from 'vitest';
import { dropKey, fitKeys, type RowKeys } from './row-keys';

describe('row keys', () => {
  it('keeps the keys of the rows after a removed one, and never reuses a key', () => {
    const s: RowKeys = { keys: [], next: 0 };
    expect(fitKeys(s, 3)).toEqual([0, 1, 2]);
    dropKey(s, 1);
    expect(fitKeys(s, 2)).toEqual([0, 2]);
    expect(fitKeys(s, 3)).toEqual([0, 2, 3]);
  });

  it('follows a list changed from outside: shorter drops keys at the end, longer adds fresh ones', () => {
    const s: RowKeys = { keys: [], next: 0 };
    fitKeys(s, 4);
    expect(fitKeys(s, 2)).toEqual([0, 1]);
    expect(fitKeys(s, 3)).toEqual([0, 1, 4]);
  });

  it('gives each render its own copy, so a later removal cannot change keys already drawn', () => {
    const s: RowKeys = { keys: [], next: 0 };
    const drawn = fitKeys(s, 2);
    dropKey(s, 0);
    expect(drawn).toEqual([0, 1]);
  });
});
