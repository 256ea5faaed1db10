import { describe, expect, it } from 'vitest';
import { type Evaluation, Evaluation as Schema } from '../../../src/core/model';
import { reconcileDrafts, withDraft } from './drafts';

const line = (name: string) => ({ name, initial: null, budget: null, actual: null, lastYear: null });

function doc(): Evaluation {
  return Schema.parse({
    department: { name: '测试街道' },
    year: 2023,
    rubric: 'gz-dept-2023',
    finance: { income: [line('财政拨款收入'), line('其他收入'), line('上级补助收入')] },
  });
}

describe('withDraft', () => {
  it('sets and clears typed text by path, and leaves no empty map', () => {
    const a = withDraft(doc(), 'finance.budget', '-500');
    expect(a.drafts).toEqual({ 'finance.budget': '-500' });
    expect(withDraft(a, 'finance.budget', '-500')).toBe(a);
    expect(withDraft(a, 'finance.budget', null).drafts).toBeUndefined();
  });
});

describe('reconcileDrafts', () => {
  const typed = () => {
    const d = doc();
    return { ...d, drafts: { 'finance.income[1].budget': 'abc', 'finance.income[2].actual': '一千万' } };
  };

  it('moves a draft up with its row when a row before it is removed', () => {
    const prev = typed();
    const income = prev.finance.income.filter((_, i) => i !== 0);
    const next = reconcileDrafts(prev, { ...prev, finance: { ...prev.finance, income } });
    expect(next.drafts).toEqual({ 'finance.income[0].budget': 'abc', 'finance.income[1].actual': '一千万' });
  });

  it('drops the draft of a removed row and keeps the others', () => {
    const prev = typed();
    const income = prev.finance.income.filter((_, i) => i !== 1);
    const next = reconcileDrafts(prev, { ...prev, finance: { ...prev.finance, income } });
    expect(next.drafts).toEqual({ 'finance.income[1].actual': '一千万' });
  });

  it('follows a moved row', () => {
    const prev = typed();
    const [a, b, c] = prev.finance.income;
    const next = reconcileDrafts(prev, { ...prev, finance: { ...prev.finance, income: [b!, a!, c!] } });
    expect(next.drafts).toEqual({ 'finance.income[0].budget': 'abc', 'finance.income[2].actual': '一千万' });
  });

  it('keeps a draft at a row edited in place', () => {
    const prev = typed();
    const income = prev.finance.income.map((l, i) => (i === 1 ? { ...l, name: '其他收入（改）' } : l));
    const next = reconcileDrafts(prev, { ...prev, finance: { ...prev.finance, income } });
    expect(next.drafts).toEqual(prev.drafts);
  });

  it('drops a draft whose field now holds a value', () => {
    const prev = typed();
    const income = prev.finance.income.map((l, i) => (i === 1 ? { ...l, budget: 12 } : l));
    const next = reconcileDrafts(prev, { ...prev, finance: { ...prev.finance, income } });
    expect(next.drafts).toEqual({ 'finance.income[2].actual': '一千万' });
  });

  it('takes drafts set by the edit as given, but only where they fit', () => {
    const prev = doc();
    const next = reconcileDrafts(prev, {
      ...prev,
      drafts: { 'finance.budget': 'x', 'finance.income[7].budget': 'y' },
    });
    expect(next.drafts).toEqual({ 'finance.budget': 'x' });
  });

  it('returns the same document when nothing moved', () => {
    const prev = typed();
    const next = { ...prev, title: '标题' };
    expect(reconcileDrafts(prev, next)).toBe(next);
  });
});
