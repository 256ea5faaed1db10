import { describe, expect, it } from 'vitest';
import { newEvaluation, rubricIdFor } from './new-evaluation';

describe('newEvaluation', () => {
  it('picks the rubric of the same year', () => {
    expect(rubricIdFor(2023)).toBe('gz-dept-2023');
  });

  it('falls back to the latest earlier rubric', () => {
    expect(rubricIdFor(2026)).toBe('gz-dept-2024');
  });

  it('starts empty, with the department filled in', () => {
    const e = newEvaluation({ name: '南洲街道办事处', district: '海珠区' }, 2024);
    expect(e.department.name).toBe('南洲街道办事处');
    expect(e.indicators).toEqual([]);
    expect(e.rubric).toBe('gz-dept-2024');
  });
});
