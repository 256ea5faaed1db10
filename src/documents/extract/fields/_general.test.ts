/** General rules of the field readers: threshold items' rates, titles after an attachment label, duties in a table. */
import { describe, expect, it } from 'vitest';
import { Finance } from '../../../core/model/evaluation';
import { extractText } from '..';
import { stripAttachment } from './_identity';
import { amountRate, statedRate, thresholdValue } from './_thresholds';

const finance = (f: object) => Finance.parse(f);

describe('threshold items: the rate stated, or the one budget and actual give, never a change', () => {
  it.each([
    ['结转结余率：3.10%。', 3.1],
    ['公用经费控制率为 96.5%', 96.5],
    ['公用经费控制率：0。', 0],
    ['固定资产利用率：比率≥90%。', 90],
    ['“三公”经费支出 12.00 万元，比上年下降 4.17%。', null],
    ['较年初预算减少 1.5 万元，降低 3%。', null],
    ['符合要求。', null],
  ])('%s → %s', (evidence, rate) => {
    expect(statedRate(evidence)).toBe(rate);
  });

  it('“三公” control rate from its budget and actual', () => {
    const f = finance({ threePublic: { budget: 40, actual: 30 } });
    expect(thresholdValue('“三公”经费支出 30 万元，下降 25%。', f, 'three_public_rate')).toBe(75);
  });

  it('“三公” control rate from a stated change against the budget, not from the change', () => {
    const f = finance({
      threePublic: { actual: 18.4 },
      comparisons: [{ subject: '“三公”经费', base: '年初预算', current: 18.4, baseValue: 20, change: -1.6 }],
    });
    expect(amountRate(f, 'three_public_rate')).toBe(92);
    // against last year the base is no budget: no rate
    const lastYear = finance({
      threePublic: { actual: 18.4 },
      comparisons: [{ subject: '“三公”经费', base: '上年', current: 18.4, baseValue: 20, change: -1.6 }],
    });
    expect(amountRate(lastYear, 'three_public_rate')).toBeNull();
  });
});

describe('titles without the attachment label', () => {
  it.each([
    ['附件 22023 年度某区某局部门整体支出绩效自评报告', '2023 年度某区某局部门整体支出绩效自评报告'],
    ['附件3：2024年度某镇部门整体支出绩效自评表说明', '2024年度某镇部门整体支出绩效自评表说明'],
    ['附件 12 某局 2023 年部门整体支出绩效自评报告', '某局 2023 年部门整体支出绩效自评报告'],
    ['2023 年度某局部门整体支出绩效自评报告', '2023 年度某局部门整体支出绩效自评报告'],
  ])('%s', (text, title) => {
    expect(stripAttachment(text)).toBe(title);
  });

  it('a label on its own line before the title is not part of it', () => {
    const e = extractText(
      [
        '附件 4',
        '2023 年度广州市白云区卫生健康局部门整体支出绩效自评报告',
        '一、部门基本情况',
        '自评得分 90 分。',
      ].join('\n'),
    ).evaluation;
    expect(e.title).toBe('2023 年度广州市白云区卫生健康局部门整体支出绩效自评报告');
    expect(e.department.name).toBe('广州市白云区卫生健康局');
  });
});

describe('部门职能 written as a table', () => {
  it('one duty per numbered row, wrapped rows joined, header and pointer sentence left out', () => {
    const e = extractText(
      [
        '2023 年度广州市白云区卫生健康局部门整体支出绩效自评报告',
        '一、部门基本情况',
        '（一）部门职能',
        '本局主要职责有 3 项，具体见表 1-1。',
        '表 1-1 部门主要职责',
        '序号\t职责内容',
        '1\t拟订全区卫生健康事业发展规划。',
        '2\t组织实施疾病预防控制规划，',
        '\t承担突发公共卫生事件应急处置。',
        '序号\t职责内容',
        '3\t负责基层医疗卫生机构的业务指导。',
        '（二）年度总体工作',
        '自评得分 90 分。',
      ].join('\n'),
    ).evaluation;
    expect(e.department.functions).toEqual([
      '拟订全区卫生健康事业发展规划。',
      '组织实施疾病预防控制规划，承担突发公共卫生事件应急处置。',
      '负责基层医疗卫生机构的业务指导。',
    ]);
  });
});
