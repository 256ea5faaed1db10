import { describe, expect, it } from 'vitest';
import { findHeader, parseHeader } from './_columns';

describe('parseHeader', () => {
  it.each([
    ['全年预算数（万元）', '全年预算数', 'wan'],
    ['全年预算数(万元)', '全年预算数', 'wan'],
    ['全年预算数 （ 元 ）', '全年预算数', 'yuan'],
    ['预算总额(单位:元)', '预算总额', 'yuan'],
    ['预算总额（单位：万元）', '预算总额', 'wan'],
    ['* 项 目 名 称', '项目名称', null],
    ['项目名称*', '项目名称', null],
    ['执行率(%)', '执行率(%)', null],
  ])('%s → %s, %s', (text, base, unit) => {
    expect(parseHeader(text)).toEqual({ base, unit });
  });
});

describe('findHeader', () => {
  it.each([
    [
      [
        '项目名称',
        '项目编码',
        '项目类别',
        '主管部门',
        '实施单位',
        '项目负责人',
        '资金来源',
        '年初预算数',
        '全年预算数',
        '全年执行数',
      ],
    ],
    [
      [
        '项目',
        '项目代码',
        '项目类型',
        '主管单位',
        '预算单位',
        '负责人',
        '资金性质',
        '年初预算',
        '调整后预算数',
        '支出数',
      ],
    ],
    [
      [
        '预算项目名称',
        '项目编号',
        '项目分类',
        '主管部门',
        '单位名称',
        '负责人',
        '经费来源',
        '年初批复数',
        '预算数',
        '决算数',
      ],
    ],
    [
      [
        '项目名称',
        '项目编码',
        '项目类别',
        '主管部门',
        '项目单位',
        '负责人',
        '资金来源',
        '年初安排数',
        '预算总额',
        '已执行金额',
      ],
    ],
  ])('reads every column of %j', (labels) => {
    const h = findHeader([['2023 年项目清单'], labels]);
    expect(h?.row).toBe(1);
    const keys = Object.fromEntries(Object.values(h!.columns).map((c) => [c.key, c.index]));
    expect(keys).toEqual({
      name: 0,
      code: 1,
      category: 2,
      department: 3,
      implementer: 4,
      owner: 5,
      source: 6,
      initialBudget: 7,
      budget: 8,
      executed: 9,
    });
  });

  it('takes the unit of a title line above the header', () => {
    expect(findHeader([['单位：元'], ['项目名称', '预算数']])?.sheetUnit).toBe('yuan');
    expect(findHeader([['项目名称', '预算数']])?.sheetUnit).toBeNull();
  });

  it('falls back to a row of known columns without 项目名称, and to null when there is none', () => {
    expect(findHeader([['项目编码', '预算数']])).toMatchObject({ row: 0, columns: { code: { index: 0 } } });
    expect(findHeader([['说明'], ['预算数']])).toBeNull();
  });
});
