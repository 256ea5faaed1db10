import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildEvaluation } from '../../../test/factories';
import { Evaluation } from '../../core/model';
import type { Block, TableBlock } from './_blocks';
import { buildReport } from './outline';
import { scoreForReport } from './render';

const EXAMPLES = readdirSync('examples').filter((f) => f.endsWith('.json'));
const load = (path: string) => Evaluation.parse(JSON.parse(readFileSync(path, 'utf8')));
const blocksOf = (e: Evaluation) => buildReport(e, scoreForReport(e));
const texts = (bs: Block[], kind?: Block['kind']) =>
  bs.flatMap((b) => (kind && b.kind !== kind ? [] : 'text' in b ? [b.text] : 'items' in b ? b.items : []));
const headings = (bs: Block[]) => bs.flatMap((b) => (b.kind === 'heading' && b.level <= 2 ? [b.text] : []));
const tables = (bs: Block[]) => bs.filter((b): b is TableBlock => b.kind === 'table');

const OUTLINE = [
  '一、部门基本情况',
  '（一）部门职能',
  '（二）年度总体工作和重点工作任务',
  '（三）部门整体支出绩效目标',
  '（四）部门整体收支情况',
  '（五）部门整体绩效管理情况',
  '二、绩效自评情况',
  '（一）自评结论',
  '（二）履职效能分析',
  '（三）管理效率分析',
  '（四）重点项目绩效情况',
  '三、存在的主要问题',
  '四、下一步改进措施',
];

/** The number a heading carries: 一、 → 1, （三） → 3, 2. → 2. */
function headingNumber(text: string): number {
  const DIGITS = '一二三四五六七八九';
  const m = /^(?:([一二三四五六七八九])、|（([一二三四五六七八九])）|(\d+)\.)/.exec(text);
  if (m?.[1] || m?.[2]) return DIGITS.indexOf((m[1] ?? m[2]) as string) + 1;
  return Number(m?.[3] ?? Number.NaN);
}

/** Each heading's number is its place among the headings of its level since its parent. */
function misnumbered(bs: Block[]): string[] {
  const hs = bs.flatMap((b) => (b.kind === 'heading' ? [b] : []));
  return hs.flatMap((h, i) => {
    let n = 0;
    for (let k = i; k >= 0 && (hs[k]?.level ?? 0) >= h.level; k--) if (hs[k]?.level === h.level) n++;
    return headingNumber(h.text) === n ? [] : [h.text];
  });
}

describe('buildReport', () => {
  it('leaves out every section without data, and numbers what is left consecutively', () => {
    const e = load('test/fixtures/report/minimal.json');
    const bs = blocksOf(e);
    // only the self-evaluation has anything to say: it becomes chapter 一, its tables 表 1-n
    expect(headings(bs).filter((h) => /^[一二三四]、/.test(h))).toEqual(['一、绩效自评情况']);
    expect(headings(bs).slice(0, 4)).toEqual([
      '一、绩效自评情况',
      '（一）自评结论',
      '（二）履职效能分析',
      '（三）管理效率分析',
    ]);
    expect(tables(bs).map((t) => t.number)).toEqual(tables(bs).map((_, i) => `表 1-${i + 1}`));
    expect(texts(bs).filter((t) => t.includes('未填写') || t.includes('待补充'))).toEqual([]);
    expect(misnumbered(bs)).toEqual([]);
    // nothing can be scored, and the report says so once, without a list of what to fill in
    expect(texts(bs).some((t) => t.includes('现有数据尚不足以计算总分'))).toBe(true);
    expect(texts(bs).some((t) => t.includes('缺少全年预算数和执行数'))).toBe(false);
  });

  it('says plainly when the rubric is unknown, names no rubric id and shows no scores', () => {
    const e = buildEvaluation({ rubric: 'gz-dept-1999', finance: { budget: 100, executed: 90 } });
    const bs = blocksOf(e);
    expect(texts(bs)).toContain('所选评分标准未收录，无法计算自评得分和评价等级。');
    expect(texts(bs).join('\n')).not.toMatch(/gz-dept-\d{4}|national-project/);
    expect(tables(bs).some((t) => t.title.includes('得分'))).toBe(false);
    expect(texts(bs)).toContain('2023 年部门全年预算数 100.00 万元，执行数 90.00 万元，完成预算的 90.00%。');
  });

  it('renders 多宝 (seed 001) without an indicator table and without the stated 95.74%: 7,348.59 of 7,676.00 is 95.73%', () => {
    const bs = blocksOf(load('examples/duobao-2023.json'));
    expect(headings(bs)).toEqual([
      '一、部门基本情况',
      '（一）部门职能',
      '（二）年度总体工作和重点工作任务',
      '（三）部门整体支出绩效目标',
      '（四）部门整体收支情况',
      '二、绩效自评情况',
      '（一）自评结论',
      '（二）履职效能分析',
      '（三）管理效率分析',
      '三、存在的主要问题',
      '四、下一步改进措施',
    ]);
    expect(tables(bs).some((t) => t.title === '部门整体绩效指标完成情况')).toBe(false);
    const all = texts(bs).join('\n');
    expect(all).toContain('全年预算数 7,676.00 万元，执行数 7,348.59 万元，完成预算的 95.73%');
    // the stated rate differs: that is the audit's finding, not a sentence of the report
    expect(all).not.toContain('95.74%');
    expect(all).not.toContain('未填写');
  });

  it('prints one total for 南洲 (seed 004) though the department stated another, and never asks to check it', () => {
    const e = load('examples/nanzhou-2023.json');
    const bs = blocksOf({ ...e, reported: { ...e.reported, total: 93 } });
    const all = texts(bs).join('\n');
    expect(all).toContain('自评得分 91.46 分，评价等级为“优”');
    expect(all).not.toMatch(/(?<![\d.])93 分|请核对|不一致/);
  });

  it('renders 金花 (seed 002): the stated rate 95% scores 9.5, and 1 point off for 不达90% (98.5 in total)', () => {
    const all = texts(blocksOf(load('examples/jinhua-2024.json'))).join('\n');
    expect(all).toContain('预算执行率为 95.00%（填报值）');
    expect(all).toContain('自评得分 98.5 分，评价等级为“优”');
    expect(all).toMatch(/严重精神障碍患者监护及救治财政补助发放率：.*扣 1 分/);
    expect(all).toContain('预算资金支出率 95%，得 9.5 分，扣 0.5 分');
  });

  it('states year-over-year changes computed from the amounts', () => {
    const e = buildEvaluation({
      finance: { budget: 1200, executed: 1100, lastYear: { budget: 1000, executed: 1150 } },
    });
    const all = texts(blocksOf(e)).join('\n');
    expect(all).toContain('执行数比上年减少 50.00 万元，下降 4.35%。');
    expect(all).toContain('全年预算数比上年增加 200.00 万元，增长 20.00%。');
  });

  it('lists management items that match no rubric item rather than dropping them', () => {
    const e = buildEvaluation({ management: [{ item: '档案管理规范性', score: 1, evidence: '已归档。' }] });
    const t = tables(blocksOf(e)).find((x) => x.title.startsWith('其他管理事项'));
    expect(t?.rows.map((r) => r.cells.map((c) => c?.text))).toEqual([
      ['1', '档案管理规范性', '—', '1.00', '已归档。'],
    ]);
  });

  it('numbers tables per chapter in order, and every citation names its table: 表 1-n in 一, 表 2-n in 二', () => {
    const bs = blocksOf(load('examples/xinhua-2022.json'));
    const numbers = tables(bs).map((t) => t.number);
    expect(numbers.slice(0, 4)).toEqual(['表 1-1', '表 1-2', '表 1-3', '表 2-1']);
    const twos = numbers.filter((n) => n.startsWith('表 2-')).map((n) => Number(n.slice(4)));
    expect(twos).toEqual(twos.map((_, i) => i + 1));
    const cited = texts(bs, 'paragraph').flatMap((t) => t.match(/表 \d+-\d+/g) ?? []);
    expect(cited.length).toBeGreaterThan(5);
    expect(cited.filter((n) => !numbers.includes(n))).toEqual([]);
    expect(
      texts(bs)
        .join('')
        .match(/[\uE000\uE001]/),
    ).toBeNull();
  });

  it('keeps the sections 新华 (seed 003) writes in the outline the seeds share, without 绩效管理情况 it leaves empty', () => {
    expect(headings(blocksOf(load('examples/xinhua-2022.json')))).toEqual(
      OUTLINE.filter((h) => h !== '（五）部门整体绩效管理情况'),
    );
  });

  it.each(EXAMPLES)('%s: no placeholder, no internal note, no rubric id, headings numbered in order', (f) => {
    const bs = blocksOf(load(`examples/${f}`));
    const all = texts(bs).join('\n');
    expect(all).not.toMatch(/未填写|请核对|待补充|gz-dept-\d{4}|national-project/);
    expect(misnumbered(bs)).toEqual([]);
  });
});
