import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { judgeIndicator } from './judge';

const j = (name: string, target: string | null, actual: string | null, status?: string) =>
  judgeIndicator({ name, target, actual, status: status ?? null, judgement: null });

describe('judgeIndicator', () => {
  it('computes completion where more is better: seed 003 gives 100 ÷ 95 = 105.26% and 100 ÷ 90 = 111.11%', () => {
    const a = j(
      '70 周岁以上长者长寿保健金发放人次数计划完成率',
      '95%以上',
      '2022年度为年满70 周岁的老人发放长寿保健金157327人次, 计划完成率 100%。',
    );
    expect(a.result).toBe('met');
    expect(a.completion).toBeCloseTo(1.0526, 4);
    const b = j('长者满意度', '90%', '长者满意度为 100%。');
    expect(b.completion).toBeCloseTo(1.1111, 4);
    const c = j('月度长者长寿保健金镇街发放及时率', '90%以上', '月度发放及时率为 91.01%。');
    expect(c.completion).toBeCloseTo(1.0112, 4);
  });

  it('finds the unmet indicators of seed 003 from their figures', () => {
    const a = j('重要节日慰问人次', '≥500 人次', '208 人次', '未完成');
    expect(a).toMatchObject({ result: 'not_met', source: 'computed', direction: 'more' });
    expect(a.completion).toBeCloseTo(0.416, 6);
    const b = j('居民使用场室人次', '≥28000 人次', '11,476 人次');
    expect(b.result).toBe('not_met');
    expect(b.completion).toBeCloseTo(11476 / 28000, 9);
  });

  it('uses target ÷ actual where less is better, and a bound actual meets a bound target', () => {
    expect(j('投诉发生率', '≤1%', '投诉发生率为0%。')).toMatchObject({
      result: 'met',
      completion: 1,
      direction: 'less',
    });
    expect(j('投诉发生率', '≤1%', '4%')).toMatchObject({ result: 'not_met', completion: 0.25 });
    expect(j('村干部被处理率', '< 10%', '< 10%')).toMatchObject({ result: 'met', direction: 'less' });
    expect(j('村干部被处理率', '< 10%', '10%')).toMatchObject({ result: 'not_met' });
  });

  it('reads bare values by the name: a 投诉 count of 0 is a ceiling, a count of places a floor', () => {
    expect(j('重大安全事故发生率', '0', '0')).toMatchObject({ result: 'met', direction: 'less' });
    expect(j('重大安全事故发生率', '0', '1')).toMatchObject({ result: 'not_met', completion: 0 });
    expect(j('补偿村集体数量', '5个', '5 个')).toMatchObject({
      result: 'met',
      direction: 'more',
      completion: 1,
    });
    expect(j('补偿村集体数量', '5个', '6 个')).toMatchObject({ result: 'met' });
    expect(j('补偿村集体数量', '5个', '4 个')).toMatchObject({ result: 'not_met', completion: 0.8 });
  });

  it('handles ranges', () => {
    expect(j('x', '90%-95%', '92%')).toMatchObject({ result: 'met', direction: 'range' });
    expect(j('x', '90%-95%', '45%')).toMatchObject({ result: 'not_met', completion: 0.5 });
  });

  it('says so when units do not match rather than guess', () => {
    expect(j('开展城乡社区活动的村居个数', '≥10个', '116 场')).toMatchObject({
      result: 'needs_judgement',
      code: 'unit_mismatch',
    });
    expect(j('开展城乡社区活动的村居个数', '≥10个', '116 场', '已完成')).toMatchObject({
      result: 'met',
      source: 'reported',
      code: 'unit_mismatch',
    });
  });

  it('asks a person when the actual value is prose it cannot compare', () => {
    // Two figures of the target's unit and no word saying which is which (seed 004, 完成社工站项目购买).
    expect(j('完成社工站项目购买', '1个', '建成 1 个社工站 13 个社工点，落实 15 名直聘社工')).toMatchObject({
      result: 'needs_judgement',
      code: 'actual_unreadable',
    });
    expect(j('历史遗留问题解决率', '100%', '历史遗留土地等问题正在逐步解决', '未完成')).toMatchObject({
      result: 'not_met',
      source: 'reported',
    });
  });

  it('judges qualitative targets: claimed when the actual says so, asks when it reads as unfinished', () => {
    expect(j('社会组织管理能力提升', '进一步提升', '党建根基不断夯实')).toMatchObject({
      result: 'met',
      source: 'claimed',
    });
    expect(j('制度建设', '合规', '正在逐步完善')).toMatchObject({
      result: 'needs_judgement',
      code: 'qualitative_negated',
    });
    expect(j('制度建设', '合规', null)).toMatchObject({ result: 'needs_judgement', code: 'actual_missing' });
  });

  it("lets a person's judgement win, and keeps the computed completion beside it", () => {
    const r = judgeIndicator({
      name: '重要节日慰问人次',
      target: '≥500人次',
      actual: '208人次',
      status: null,
      judgement: { result: 'partly_met', reason: '疫情影响' },
    });
    expect(r).toMatchObject({ result: 'partly_met', source: 'judgement' });
    expect(r.completion).toBeCloseTo(0.416, 6);
  });

  it('uses the adjusted target when the target was changed during the year', () => {
    const r = judgeIndicator({
      name: 'x',
      target: '≥500人次',
      adjustedTarget: '≥200人次',
      actual: '208人次',
      status: null,
      judgement: null,
    });
    expect(r.result).toBe('met');
  });

  it('needs a target', () => {
    expect(j('x', null, '5个')).toMatchObject({ result: 'needs_judgement', code: 'target_missing' });
    expect(j('x', '≥abc', '5个')).toMatchObject({ result: 'needs_judgement', code: 'target_unparseable' });
  });
});

describe('prose that states the target and the actual figure', () => {
  // Seed 004 (南洲 2023), 产出指标 rows 1 and 4: the collection targets and what was collected.
  it.each([
    [
      '卫生清洁服务费、垃圾清运费、垃圾处理费目标收费完成值',
      '2023 年环监所年度环卫收费目标任务为 1,050.00 万元，实绩为 1,106.78 万元。',
      1106.78 / 1050,
    ],
    [
      '出租屋综合税征收完成值',
      '2023 年出租屋综合税费征收目标数为 2,100.00 万元，实绩为 2,502.22 万元。',
      2502.22 / 2100,
    ],
  ])('%s: a 100%% target is judged from actual ÷ target', (name, actual, ratio) => {
    const r = j(name, '100%', actual);
    expect(r).toMatchObject({ result: 'met', source: 'computed', direction: 'more' });
    expect(r.completion).toBeCloseTo(ratio, 12);
    expect(r.actual).toMatchObject({ kind: 'quantity', unit: '%', embedded: true });
    expect(r.actual?.kind === 'quantity' && r.actual.value).toBeCloseTo(ratio * 100, 10);
    expect(r.actual?.kind === 'quantity' && r.actual.pair).toMatchObject({
      target: { unit: '万元' },
      actual: { unit: '万元' },
    });
  });

  it('a shortfall stated the same way is not met, in proportion', () => {
    const r = j('收费目标完成值', '100%', '目标任务为 1,000.00 万元，实绩为 600.00 万元。');
    expect(r).toMatchObject({ result: 'not_met', source: 'computed' });
    expect(r.completion).toBeCloseTo(0.6, 12);
  });

  it('a target in the figures’ unit is compared with the actual figure the prose names', () => {
    const r = j('环卫收费', '≥1,050万元', '目标任务为 1,050.00 万元，实绩为 1,106.78 万元。');
    expect(r).toMatchObject({ result: 'met', source: 'computed' });
    expect(r.completion).toBeCloseTo(1106.78 / 1050, 12);
    expect(j('慰问人次', '≥100人次', '计划完成 100 人次，实际完成 98 人次')).toMatchObject({
      result: 'not_met',
      completion: 0.98,
    });
    expect(j('知晓率', '≥90%', '目标 90%，实际 95%')).toMatchObject({ result: 'met', source: 'computed' });
  });

  it('keeps the caution where the prose does not say which figure is which', () => {
    // A figure named as the target alone is no actual.
    expect(j('环卫收费', '1,050万元', '目标任务为 1,050.00 万元。')).toMatchObject({
      result: 'needs_judgement',
    });
    // Head counts are no completion of a satisfaction rate.
    expect(j('长者满意度', '≥90%', '计划调查 100 人，实际调查 98 人')).toMatchObject({
      result: 'needs_judgement',
    });
    // Two pairs in two units: which one the indicator means is a person's call.
    expect(j('任务完成值', '100%', '目标 100 人次，实际 98 人次；目标 10 万元，实际 12 万元')).toMatchObject({
      result: 'needs_judgement',
    });
  });

  it('reads 不达90% as short of a ≥90% target, and a bound that proves nothing as unreadable', () => {
    // Seed 002 (金华 2024): "严重精神障碍患者监护及救治财政补助发放率不达90%，扣1分".
    expect(j('发放率', '≥90%', '不达90%')).toMatchObject({ result: 'not_met', completion: null });
    expect(j('发放率', '≥90%', '低于 95%')).toMatchObject({ result: 'needs_judgement' });
    expect(j('投诉率', '≤1%', '超过 2%')).toMatchObject({ result: 'not_met', completion: null });
  });

  it('the judge never throws, whatever the texts', () => {
    const piece = fc.constantFrom(
      '目标任务为',
      '实绩为',
      '实际完成',
      '计划',
      '不达',
      '，',
      '万元',
      '%',
      '个',
      '1,050.00',
      '0',
      '-3',
      '≥',
      '进一步提升',
      '未完成',
    );
    const prose = fc.oneof(
      fc.string({ maxLength: 80 }),
      fc.array(piece, { maxLength: 12 }).map((a) => a.join('')),
    );
    fc.assert(
      fc.property(prose, prose, prose, fc.option(prose), (name, target, actual, status) => {
        const r = judgeIndicator({ name, target, actual, status, judgement: null });
        expect(['met', 'partly_met', 'not_met', 'needs_judgement']).toContain(r.result);
        if (r.completion !== null) expect(Number.isNaN(r.completion)).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });
});
