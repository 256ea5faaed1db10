import { describe, expect, it } from 'vitest';
import { asWritten, describeChange, fmtScore, fmtScore2, scoreRate } from './_format';

describe('report formatting', () => {
  it.each([
    [27.9, 28.54, '年初预算数', '比年初预算数减少 0.64 万元，下降 2.24%'], // seed 004: “三公”经费
    [110, 100, '上年', '比上年增加 10.00 万元，增长 10.00%'],
    [100, 100, '上年', '与上年持平'],
    [5, 0, '上年', '比上年增加 5.00 万元'],
  ])('describeChange(%s, %s)', (cur, base, label, expected) => {
    expect(describeChange(cur, base, label)).toBe(expected);
  });

  it('writes scores as the seeds do: 91.46, 20, 7.5 in prose; 2 decimals in tables', () => {
    expect(fmtScore(91.45585943139409)).toBe('91.46');
    expect(fmtScore(20)).toBe('20');
    expect(fmtScore(7.5)).toBe('7.5');
    expect(fmtScore2(9)).toBe('9.00');
    expect(fmtScore2(null)).toBe('—');
  });

  it('computes 得分率 on the displayed score: 9.96 of 10 is 99.60% (seed 004)', () => {
    expect(scoreRate(9.955859431394092, 10)).toBe('99.60%');
    expect(scoreRate(null, 10)).toBe('—');
  });

  it('ends narrative with a full stop only when it has none', () => {
    expect(asWritten('围绕“一个核心”')).toBe('围绕“一个核心”。');
    expect(asWritten('已完成。')).toBe('已完成。');
  });
});
