import { describe, expect, it } from 'vitest';
import { matchPath } from './router';

describe('matchPath', () => {
  it.each([
    ['/evaluations/:id', '/evaluations/7', { id: '7' }],
    ['/evaluations/:id', '/evaluations/7/', { id: '7' }],
    ['/', '/', {}],
    ['/evaluations/:id', '/evaluations', null],
    ['/dashboard', '/import', null],
  ])('%s against %s', (pattern, path, expected) => {
    expect(matchPath(pattern, path)).toEqual(expected);
  });
});
