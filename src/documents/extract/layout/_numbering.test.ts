import { describe, expect, it } from 'vitest';
import { cnNumber, isNumberedLine, numberingOf, splitEnumeration } from './_numbering';

describe('numberingOf', () => {
  it.each([
    ['一、部门基本情况', 'cn', '部门基本情况'],
    ['十一、其他', 'cn', '其他'],
    ['（一）部门职能', 'cnParen', '部门职能'],
    ['(二) 部门整体支出绩效指标完成情况', 'cnParen', '部门整体支出绩效指标完成情况'],
    ['（1）数量指标。根据…', 'numParen', '数量指标。根据…'],
    ['(2) 优生优育服务覆盖率达100%。', 'numParen', '优生优育服务覆盖率达100%。'],
    ['1.年度总体工作', 'num', '年度总体工作'],
    ['10. 完成区委、区政府交办的其他任务。', 'num', '完成区委、区政府交办的其他任务。'],
    ['2、预算执行', 'num', '预算执行'],
    ['第二部分 自评情况', 'part', '自评情况'],
    ['①第一项', 'circled', '第一项'],
  ])('%s', (text, style, rest) => {
    expect(numberingOf(text)).toMatchObject({ style, rest });
  });

  it.each([
    '六一、端午、中秋等传统节日', // a holiday list, not item 61
    '3.9 万平方米',
    '2023 年，在区委的领导下',
    '一是加强学习',
    '1,050.00 万元',
  ])('is not a heading: %s', (text) => {
    expect(numberingOf(text)).toBeNull();
  });

  it('treats table captions as numbered lines', () => {
    expect(isNumberedLine('表 2-1 部门整体支出绩效自评得分总体情况')).toBe(true);
  });
});

describe('splitEnumeration', () => {
  it('splits 一是…二是…三是… and keeps the lead', () => {
    const r = splitEnumeration('但仍存在一些问题：一是考核不完善。二是管理待提升。三是应用不足。');
    expect(r.lead).toBe('但仍存在一些问题：');
    expect(r.items).toEqual(['一是考核不完善。', '二是管理待提升。', '三是应用不足。']);
  });

  it('needs items counting up from one', () => {
    expect(splitEnumeration('二是其一。').items).toEqual([]);
    expect(splitEnumeration('只有一是。').items).toEqual([]);
  });
});

describe('cnNumber', () => {
  it.each([
    ['一', 1],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['九十九', 99],
    ['六一', null],
  ])('%s → %s', (s, n) => {
    expect(cnNumber(s)).toBe(n);
  });
});
