import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildEvaluation } from '../../../test/factories';
import { Evaluation } from '../../core/model';
import type { Block, TableBlock } from './_blocks';
import { buildReport } from './outline';
import { scoreForReport } from './render';

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

describe('buildReport', () => {
  it('keeps every section of an evaluation with no data, each saying so plainly', () => {
    const e = load('test/fixtures/report/minimal.json');
    const bs = blocksOf(e);
    expect(headings(bs)).toEqual(OUTLINE);
    expect(texts(bs, 'empty')).toEqual(
      expect.arrayContaining([
        '未填写部门职能。',
        '未填写年度总体工作。',
        '未填写重点工作任务。',
        '未填写部门整体支出绩效目标。',
        '未填写全年预算数和执行数，无法计算预算执行率。',
        '未填写部门整体绩效管理情况。',
        '未填写部门整体绩效指标，无指标完成情况表。',
        '本年度未填写重点项目。',
        '未填写存在的主要问题。',
        '未填写下一步改进措施。',
      ]),
    );
    // nothing can be scored, and the report says which parts are missing
    expect(texts(bs).some((t) => t.includes('现有数据尚不足以计算总分'))).toBe(true);
    expect(texts(bs).some((t) => t.includes('缺少全年预算数和执行数'))).toBe(true);
  });

  it('says plainly when the rubric is unknown and shows no scores', () => {
    const e = buildEvaluation({ rubric: 'gz-dept-1999', finance: { budget: 100, executed: 90 } });
    const bs = blocksOf(e);
    expect(headings(bs)).toEqual(OUTLINE);
    expect(texts(bs, 'empty').some((t) => t.startsWith('评分标准“gz-dept-1999”未收录'))).toBe(true);
    expect(tables(bs).some((t) => t.title.includes('得分'))).toBe(false);
    expect(texts(bs)).toContain('2023 年部门全年预算数 100.00 万元，执行数 90.00 万元，完成预算的 90.00%。');
  });

  it('renders 多宝 (seed 001) without an indicator table: 7,348.59 of 7,676.00 is 95.73%, not the stated 95.74%', () => {
    const bs = blocksOf(load('examples/duobao-2023.json'));
    expect(headings(bs)).toEqual(OUTLINE);
    expect(tables(bs).some((t) => t.title === '部门整体绩效指标完成情况')).toBe(false);
    expect(texts(bs, 'empty')).toContain('未填写部门整体绩效指标，无指标完成情况表。');
    const all = texts(bs).join('\n');
    expect(all).toContain('全年预算数 7,676.00 万元，执行数 7,348.59 万元，完成预算的 95.73%');
    expect(all).toContain('填报的预算执行率为 95.74%，与按金额计算的 95.73% 不一致');
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

  it('numbers tables per chapter in order: 表 1-n in 一, 表 2-n in 二', () => {
    const numbers = tables(blocksOf(load('examples/xinhua-2022.json'))).map((t) => t.number);
    expect(numbers.slice(0, 4)).toEqual(['表 1-1', '表 1-2', '表 1-3', '表 2-1']);
    const twos = numbers.filter((n) => n.startsWith('表 2-')).map((n) => Number(n.slice(4)));
    expect(twos).toEqual(twos.map((_, i) => i + 1));
  });
});
