import { describe, expect, it } from 'vitest';
import nanzhou from '../../examples/nanzhou-2023.json' with { type: 'json' };
import { describeChange, diffDocuments, summarizeValue } from './diff';
import { Evaluation } from './model';
import { describePath } from './paths';

const doc = Evaluation.parse(nanzhou);
const lines = (a: unknown, b: unknown) => diffDocuments(a, b).map((c) => describeChange(c, a, b));

describe('diffDocuments', () => {
  it('names the one field of an indicator row that changed, with its old and new value', () => {
    const after = structuredClone(doc);
    after.indicators[5]!.actual = '已完成 120 次';
    expect(lines(doc, after)).toEqual([
      `绩效指标第 6 行「${doc.indicators[5]!.name}」 · 实际完成值：${summarizeValue(doc.indicators[5]!.actual)} → 已完成 120 次`,
    ]);
  });

  it('shows a row added to a list as one new row, not as the list growing', () => {
    const after = structuredClone(doc);
    after.indicators.push({ name: '新增指标', target: '≥1个', actual: '1个' });
    const changes = diffDocuments(doc, after);
    expect(changes).toEqual([
      expect.objectContaining({ kind: 'added', path: `indicators[${doc.indicators.length}]` }),
    ]);
    expect(describeChange(changes[0]!, doc, after)).toBe(
      `新增 绩效指标第 ${doc.indicators.length + 1} 行「新增指标」`,
    );
  });

  it('shows a removed middle row as removed, leaving the rows after it unchanged', () => {
    const after = structuredClone(doc);
    after.indicators.splice(2, 1);
    const changes = diffDocuments(doc, after);
    expect(changes).toEqual([expect.objectContaining({ kind: 'removed', path: 'indicators[2]' })]);
    expect(describeChange(changes[0]!, doc, after)).toBe(
      `删除 绩效指标第 3 行「${doc.indicators[2]!.name}」`,
    );
  });

  it('treats a renamed row in place as the same row edited', () => {
    const after = structuredClone(doc);
    after.management[1]!.item = '结余结转率';
    expect(diffDocuments(doc, after)).toEqual([
      { kind: 'changed', path: 'management[1].item', before: '结转结余率', after: '结余结转率' },
    ]);
  });

  it('lists nothing for the same document, and treats null, a missing key and "" alike', () => {
    expect(diffDocuments(doc, structuredClone(doc))).toEqual([]);
    expect(diffDocuments({ a: null, b: '' }, { c: undefined })).toEqual([]);
  });

  it('names nested finance fields and lines of text lists', () => {
    const after = structuredClone(doc);
    after.finance.threePublic!.actual = 30;
    after.problems = [...after.problems, '新问题'];
    expect(lines(doc, after)).toEqual([
      '“三公”经费支出数：27.9 → 30',
      `新增 存在问题第 ${doc.problems.length + 1} 行`,
    ]);
  });
});

describe('summarizeValue', () => {
  it.each([
    [null, '（空）'],
    ['', '（空）'],
    [12.5, '12.5'],
    [[1, 2], '共 2 项'],
    [{ name: '指标甲' }, '「指标甲」'],
    ['长'.repeat(70), `${'长'.repeat(60)}…`],
  ])('%j → %s', (v, s) => {
    expect(summarizeValue(v)).toBe(s);
  });
});

describe('describePath', () => {
  it('names an indicator row by its name from the document', () => {
    expect(describePath('indicators[3].actual', doc)).toBe(
      '绩效指标第 4 行「出租屋综合税征收完成值」 · 实际完成值',
    );
    expect(describePath('management.5.score', doc)).toBe('管理效率第 6 行「绩效管理制度建设」 · 得分');
    expect(describePath('')).toBe('整份自评');
  });
});
