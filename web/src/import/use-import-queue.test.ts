import { describe, expect, it } from 'vitest';
import { mergeWarnings } from './use-import-queue';

describe('mergeWarnings', () => {
  it('keeps each warning once, in order', () => {
    const a = { code: 'table_split', message: '表格跨页', line: 12 };
    const b = { code: 'number_unreadable', message: '数字无法识别', line: 40 };
    expect(mergeWarnings([a], [{ ...a }, b])).toEqual([a, b]);
  });
});
