import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildEvaluation, buildItems } from '../../../test/factories';
import { SEED_004_SUBSECTIONS } from '../../../test/golden';
import { getRubric } from '../../rubrics';
import { auditEvaluation } from '../audit';
import { renderTrace } from '../messages';
import { Evaluation, Project } from '../model';
import { round2 } from '../money';
import { findScoreNode, gradeOf, presentScore, scoreEvaluation, scoreProject } from '.';

const gz = getRubric('gz-dept-2023');
const node = (r: ReturnType<typeof scoreEvaluation>, name: string) => findScoreNode(r.root, name);
const ind = (level1: string, name: string, target: string, actual: string) => ({
  level1,
  name,
  target,
  actual,
});

describe('scoreEvaluation on seed 004 (南洲 2023)', () => {
  const nanzhou = Evaluation.parse(
    JSON.parse(readFileSync(new URL('../../../examples/nanzhou-2023.json', import.meta.url), 'utf8')),
  );
  const r = scoreEvaluation(nanzhou, gz);

  it('gives the total the document prints, 91.46, graded on the unrounded score', () => {
    expect(r.complete).toBe(true);
    expect(round2(r.total!)).toBe(91.46);
    expect(r.grade).toBe('优');
  });

  it.each(Object.entries(SEED_004_SUBSECTIONS))('%s = %s as seed 004 prints it', (name, score) => {
    expect(round2(node(r, name)!.score!)).toBe(score);
  });

  it('explains every lost point in Chinese', () => {
    const lines = r.trace.filter((t) => t.lost > 0).map(renderTrace);
    expect(lines).toContain('预算资金支出率 99.56%，得 9.96 分，扣 0.04 分');
    expect(lines.some((l) => l.startsWith('绩效管理制度建设：得 0 分（满分 5 分），扣 5 分'))).toBe(true);
    expect(lines).toHaveLength(5);
    expect(r.trace.reduce((s, t) => s + t.lost, 0)).toBeCloseTo(100 - r.total!, 9);
  });

  it('presents rounded scores with names for JSON', () => {
    const p = presentScore(r);
    expect(p.total).toBe(91.46);
    expect(p.root.children?.map((c) => c.name)).toEqual(['履职效能', '管理效率']);
  });
});

describe('kinds', () => {
  it('execution rate: 10 × min(rate, 100%) from amounts, or the stated rate (seed 002: 95% → 9.5)', () => {
    const a = scoreEvaluation(buildEvaluation({ finance: { budget: 23135.18, executed: 23033.06 } }), gz);
    expect(round2(node(a, '预算资金支出率')!.score!)).toBe(9.96);
    const b = scoreEvaluation(buildEvaluation({ finance: { executionRate: 95 } }), gz);
    expect(node(b, '预算资金支出率')!.score).toBe(9.5);
    const c = scoreEvaluation(buildEvaluation({ finance: { budget: 100, executed: 120 } }), gz);
    expect(node(c, '预算资金支出率')!.score).toBe(10);
    const d = scoreEvaluation(buildEvaluation({}), gz);
    expect(node(d, '预算资金支出率')).toMatchObject({ score: null, status: 'missing' });
  });

  it('indicator completion spreads the points equally and scores a shortfall in proportion', () => {
    const e = buildEvaluation({
      indicators: [
        ind('产出指标', '补偿村集体数量', '5个', '5个'),
        ind('产出指标', '重要节日慰问人次', '≥500人次', '250人次'),
        ind('产出指标', '投诉发生率', '≤1%', '0%'),
        ind('产出指标', '垃圾清运达标率', '100%', '100%'),
        ind('效益指标', '居民满意度', '≥90%', '95%'),
      ],
    });
    const r = scoreEvaluation(e, gz);
    expect(node(r, '产出指标')!.score).toBeCloseTo(17.5, 9);
    expect(node(r, '产出指标')!.inputs.shares).toEqual([
      { index: 0, weight: 5, earned: 5 },
      { index: 1, weight: 5, earned: 2.5 },
      { index: 2, weight: 5, earned: 5 },
      { index: 3, weight: 5, earned: 5 },
    ]);
    expect(node(r, '效益指标')!.score).toBe(20);
    expect(r.trace.map(renderTrace)).toContain(
      '重要节日慰问人次：目标 ≥500人次，实际 250人次，完成率 50%，扣 2.5 分',
    );
  });

  it("indicator completion: a person's deduction is taken off the indicator's share (seed 002: 产出 19)", () => {
    const e = buildEvaluation({
      indicators: [
        ind('产出指标', '优生优育服务覆盖率', '100%', '100%'),
        ind('产出指标', '安全生产和消防隐患排查率', '100%', '100%'),
        {
          level1: '产出指标',
          name: '严重精神障碍患者监护及救治财政补助发放率',
          target: '≥90%',
          actual: '不达90%',
          judgement: { result: 'not_met', deduction: 1, reason: '发放率不达90%' },
        },
      ],
    });
    const r = scoreEvaluation(e, gz);
    expect(node(r, '产出指标')!.score).toBeCloseTo(19, 9);
    expect(r.trace.map(renderTrace)).toContain(
      '严重精神障碍患者监护及救治财政补助发放率：发放率不达90%，扣 1 分',
    );
  });

  it('indicator completion: qualitative tiers from the rubric parameters', () => {
    const e = buildEvaluation({
      indicators: [
        {
          level1: '产出指标',
          name: '历史遗留问题解决率',
          target: '合规',
          actual: '正在逐步解决',
          status: '未完成',
        },
        { level1: '产出指标', name: '制度建设', target: '合规', actual: '部分完成', status: '部分完成' },
      ],
    });
    const r = scoreEvaluation(e, gz);
    expect(node(r, '产出指标')!.score).toBeCloseTo(10 * 0.3 + 10 * 0.7, 9);
  });

  it('indicator completion: one indicator awaiting a person leaves the node and the total open', () => {
    const e = buildEvaluation({
      finance: { budget: 100, executed: 100 },
      indicators: [
        ind('产出指标', '完成社工站项目购买', '1个', '建成 1 个社工站 13 个社工点'),
        ind('效益指标', 'x', '1个', '1个'),
      ],
      management: buildItems(),
    });
    const r = scoreEvaluation(e, gz);
    expect(node(r, '产出指标')).toMatchObject({ score: null, status: 'missing' });
    expect(r.complete).toBe(false);
    expect(r.total).toBeNull();
    expect(r.missing).toEqual(['总分/履职效能/产出指标']);
    expect(r.computedTotal).toBe(80);
    expect(r.trace.map(renderTrace)).toContain(
      '完成社工站项目购买：实际完成值为文字说明，无法自动比较，需人工判断（20 分待定）',
    );
  });

  it('indicator completion: prose naming the target and the actual figure is scored from them', () => {
    const e = buildEvaluation({
      finance: { budget: 100, executed: 100 },
      indicators: [
        ind('产出指标', '收费完成值', '100%', '目标任务为 1,000.00 万元，实绩为 600.00 万元。'),
        ind('效益指标', 'x', '1个', '1个'),
      ],
      management: buildItems(),
    });
    const r = scoreEvaluation(e, gz);
    // 20 points × 600 ÷ 1,000.
    expect(node(r, '产出指标')!.score).toBeCloseTo(12, 9);
    expect(r.complete).toBe(true);
  });

  it('threshold at most with steps: 结转结余率 12.40% over 10% loses 0.2 a started point', () => {
    const e = buildEvaluation({ management: buildItems({ 结转结余率: { score: null, value: 12.4 } }) });
    const r = scoreEvaluation(e, gz);
    expect(node(r, '结转结余率')!.score).toBeCloseTo(1.4, 9);
    expect(r.trace.map(renderTrace)).toContain('结转结余率 12.4%，高于 10%，扣 0.6 分');
  });

  it('threshold at most derived from finance: carry-over amount ÷ budget; 三公 actual ÷ budget', () => {
    const e = buildEvaluation({
      finance: { budget: 1000, carryover: 100.5, threePublic: { budget: 10, actual: 10.35 } },
      management: buildItems({ 结转结余率: { score: null }, '“三公”经费控制情况': { score: null } }),
    });
    const r = scoreEvaluation(e, gz);
    expect(node(r, '结转结余率')!.score).toBeCloseTo(1.8, 9);
    expect(node(r, '“三公”经费控制情况')!.score).toBeCloseTo(1.2, 9);
  });

  it('threshold at least in proportion: 固定资产利用率 81% against 90%', () => {
    const e = buildEvaluation({
      finance: { fixedAssetUtilization: 81 },
      management: buildItems({ 固定资产利用率: { score: null } }),
    });
    expect(node(scoreEvaluation(e, gz), '固定资产利用率')!.score).toBeCloseTo(1.8, 9);
  });

  it('judgement items: deductions with reasons, and a loss without reason is named', () => {
    const e = buildEvaluation({
      management: buildItems({
        财务管理合规性: { score: null, deductions: [{ points: 0.5, reason: '审计发现 1 项违规' }] },
        采购活动合规性: { score: 1 },
      }),
    });
    const r = scoreEvaluation(e, gz);
    expect(node(r, '财务管理合规性')!.score).toBe(1.5);
    const lines = r.trace.map(renderTrace);
    expect(lines).toContain('财务管理合规性：得 1.5 分（满分 2 分），扣 0.5 分，理由：审计发现 1 项违规');
    expect(lines).toContain('采购活动合规性：得 1 分（满分 2 分），扣 1 分，但未说明理由');
  });

  it('a duplicate item: the engine and the audit read the same (first) one', () => {
    const e = buildEvaluation({
      management: [
        { item: '财务管理合规性', score: 1 },
        { item: '财务管理合规性', score: 2 },
      ],
    });
    const r = scoreEvaluation(e, gz);
    expect(node(r, '财务管理合规性')!.score).toBe(1);
    expect(r.trace.find((t) => t.code === 'judgement_no_reason')?.path).toBe('management[0]');
    const found = auditEvaluation(e, gz).find((f) => f.code === 'item_lost_no_reason');
    expect(found?.path).toBe('management[0].reason');
  });

  it('items not filled in are missing, never guessed', () => {
    const r = scoreEvaluation(buildEvaluation({}), gz);
    expect(r.complete).toBe(false);
    expect(r.missing).toContain('总分/管理效率/预算编制/新增预算项目事前绩效评估');
    expect(r.grade).toBeNull();
  });
});

describe('grades on the score as printed (2 decimals; edges in grade.test.ts)', () => {
  it.each([
    [100, '优'],
    [90, '优'],
    [89.999, '优'],
    [89.994, '良'],
    [89.5, '良'],
    [80, '良'],
    [79.99, '中'],
    [60, '中'],
    [59.99, '差'],
    [0, '差'],
  ] as const)('%s → %s', (s, g) => {
    expect(gradeOf(s, gz)).toBe(g);
  });
});

describe('scoreProject (national 10号 rubric)', () => {
  it('scores a project on its funding and indicators', () => {
    const r = scoreProject(
      {
        name: '长者长寿保健金项目',
        budget: 809.28,
        executed: 809.28,
        funding: [],
        indicators: [
          { level1: '产出指标', name: '发放对象准确率', target: '100%', actual: '100%' },
          { level1: '产出指标', name: '发放人次数计划完成率', target: '95%以上', actual: '计划完成率 76%' },
          { level1: '效益指标', name: '投诉发生率', target: '≤1%', actual: '0%' },
          { level1: '满意度指标', name: '长者满意度', target: '90%', actual: '100%' },
        ],
      } as unknown as Parameters<typeof scoreProject>[0],
      getRubric('national-project-2020'),
    );
    expect(r.complete).toBe(true);
    expect(r.total).toBeCloseTo(10 + 25 + 25 * 0.8 + 30 + 10, 9);
  });

  it('sums funding lines only when every line gives the amount, as the audit does', () => {
    const national = getRubric('national-project-2020');
    const project = (p: Record<string, unknown>) => Project.parse({ name: '项目', ...p });
    const rate = (p: Project) => findScoreNode(scoreProject(p, national).root, '预算执行率')!;
    const lines = [
      { source: '财政', budget: 90, executed: 90 },
      { source: '其他', budget: null, executed: 10 },
    ];
    expect(rate(project({ funding: lines }))).toMatchObject({ score: null, status: 'missing' });
    expect(rate(project({ funding: lines, executionRate: 95 })).score).toBe(9.5);
    lines[1]!.budget = 10;
    expect(rate(project({ funding: lines })).score).toBe(10);
  });
});
