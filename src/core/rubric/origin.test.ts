import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildEvaluation, buildItems, GZ_ITEMS } from '../../../test/factories';
import { SEED_004_ITEMS, SEED_004_SUBSECTIONS, SEED_004_TOTAL } from '../../../test/golden';
import { getRubric } from '../../rubrics';
import { Evaluation, type EvaluationInput } from '../model';
import { round2 } from '../money';
import {
  findScoreNode,
  originLabel,
  presentScore,
  renderPart,
  type ScoreNode,
  scoreEvaluation,
  splitPoints,
} from '.';

const gz = getRubric('gz-dept-2023');
const cents = (x: number) => Math.round(x * 100);
const nodesOf = (n: ScoreNode): ScoreNode[] => [n, ...(n.children ?? []).flatMap(nodesOf)];

/** Seed 004 figures (../shared/seeds/facts/004_ceb9afcdf1314de4.json and the report's text). */
const SEED_004 = {
  budget: 23135.18,
  executed: 23033.06,
  /** 产出指标 rows 1 and 4: 目标任务 / 实绩 in 万元. */
  collections: [
    [1050, 1106.78],
    [2100, 2502.22],
  ] as const,
  /** The four items scored on a rate: 结转结余率 2.33%, 固定资产利用率 ≥90%, 公用经费控制率, “三公”经费 27.90 of 28.54. */
  rateItems: ['结转结余率', '固定资产利用率', '公用经费控制率', '“三公”经费控制情况'] as const,
  outputIndicators: 7,
};

describe('where 南洲 2023 points come from (seed 004)', () => {
  const e = Evaluation.parse(
    JSON.parse(readFileSync(new URL('../../../examples/nanzhou-2023.json', import.meta.url), 'utf8')),
  );
  const r = scoreEvaluation(e, gz);
  const node = (name: string) => findScoreNode(r.root, name)!;

  it('预算资金支出率 is computed from 执行数 ÷ 全年预算数', () => {
    const n = node('预算资金支出率');
    expect(n.origin.source).toBe('computed');
    expect(n.origin.computed).toBeCloseTo((10 * SEED_004.executed) / SEED_004.budget, 9);
    expect(renderPart(n.origin.parts[0]!)).toBe(
      `执行数 23,033.06 万元 ÷ 全年预算数 23,135.18 万元 = 99.56%，得 ${SEED_004_SUBSECTIONS.预算资金支出率} 分`,
    );
  });

  it('the items scored on a rate are computed; the others are the scores the seed prints, entered', () => {
    for (const [name, score] of Object.entries(SEED_004_ITEMS)) {
      const n = node(name);
      const rated = (SEED_004.rateItems as readonly string[]).includes(name);
      expect(n.origin.source, name).toBe(rated ? 'computed' : 'entered');
      expect(round2(rated ? n.origin.computed : n.origin.entered), name).toBe(score);
    }
    const judged = Object.keys(SEED_004_ITEMS).filter(
      (k) => !(SEED_004.rateItems as readonly string[]).includes(k),
    );
    expect(judged).toHaveLength(19);
    expect(renderPart(node('绩效管理制度建设').origin.parts[0]!)).toBe(
      '绩效管理制度建设：填报得分 0 分（满分 5 分），理由：未另行制定本部门绩效管理制度（填报人：填报单位）',
    );
    expect(renderPart(node('“三公”经费控制情况').origin.parts[0]!)).toContain(
      '“三公”经费支出 27.90 万元 ÷ 预算 28.54 万元',
    );
  });

  it('the two collection indicators are judged from the prose figures, agreeing with the typed verdict', () => {
    const parts = node('产出指标').origin.parts;
    expect(parts).toHaveLength(SEED_004.outputIndicators);
    for (const [i, [target, actual]] of [
      [0, SEED_004.collections[0]],
      [3, SEED_004.collections[1]],
    ] as const) {
      const p = parts[i]!;
      expect(p.source).toBe('computed');
      expect(p.params.completion).toBe(round2((actual / target) * 100));
      expect(p.params).toMatchObject({ pairTarget: target, pairActual: actual, pairUnit: '万元' });
    }
    expect(renderPart(parts[0]!)).toContain('实绩 1,106.78 万元 ÷ 目标任务 1,050.00 万元');
    // A verdict typed over prose that has no figures stays entered, with who the document says gave it.
    expect(parts[1]).toMatchObject({ source: 'entered', by: e.indicators[1]!.judgement!.by });
  });

  it('splits the printed total to the cent: computed + entered = 91.46', () => {
    const split = splitPoints(r.root);
    expect(cents(split.computed) + cents(split.entered)).toBe(cents(SEED_004_TOTAL));
    // From the seed's figures: 预算资金支出率, the four rate items, and three of the seven 产出指标 (two collection
    // rows and 13 个社区 ≥ 10 个) at 20 ÷ 7 each.
    const rated = SEED_004.rateItems.reduce((s, k) => s + SEED_004_ITEMS[k], 0);
    const expected =
      (10 * SEED_004.executed) / SEED_004.budget + rated + (3 * SEED_004_SUBSECTIONS.产出指标) / 7;
    expect(split.computed).toBe(round2(expected));
    const p = presentScore(r);
    expect(p.split.text).toBe(
      `按数据计算 ${round2(expected).toFixed(2)} 分，人工评定 ${(SEED_004_TOTAL - round2(expected)).toFixed(2)} 分`,
    );
    expect(p.root.source).toBe('mixed');
    expect(originLabel(node('预算资金支出率'))).toBe('计算');
    expect(originLabel(node('效益指标'))).toBe('人工');
    const output = splitPoints(node('产出指标'));
    expect(output.computed + output.entered).toBe(SEED_004_SUBSECTIONS.产出指标);
    expect(originLabel(node('产出指标'))).toBe(
      `计算 ${output.computed.toFixed(2)} + 人工 ${output.entered.toFixed(2)}`,
    );
    expect(findPresented(p.root, '效益指标')).toMatchObject({
      source: 'entered',
      computed: 0,
      entered: SEED_004_SUBSECTIONS.效益指标,
    });
  });
});

function findPresented<T extends { name: string; children?: T[] }>(n: T, name: string): T | null {
  if (n.name === name) return n;
  for (const c of n.children ?? []) {
    const hit = findPresented(c, name);
    if (hit) return hit;
  }
  return null;
}

describe('origin of an indicator share', () => {
  type Row = NonNullable<EvaluationInput['indicators']>[number];
  const ind = (over: Partial<Row>): Row => ({ level1: '产出指标', name: '慰问人次', ...over });
  const parts = (indicators: Row[]) =>
    findScoreNode(
      scoreEvaluation(buildEvaluation({ indicators, management: buildItems() }), gz).root,
      '产出指标',
    )!.origin.parts;

  it('figures alone: computed, with target, actual and completion', () => {
    const [p] = parts([ind({ target: '≥500人次', actual: '208人次' })]);
    expect(p).toMatchObject({ source: 'computed', path: 'indicators[0]' });
    expect(renderPart(p!)).toBe(
      `慰问人次：目标 ≥500人次，实际 208人次，完成率 41.6%，得 ${round2(20 * 0.416)} 分`,
    );
  });

  it('a typed verdict that the figures contradict is entered, and says so', () => {
    const [p] = parts([
      ind({ target: '≥500人次', actual: '208人次', judgement: { result: 'met', by: '张三' } }),
    ]);
    expect(p).toMatchObject({ source: 'entered', by: '张三', points: 20 });
    expect(renderPart(p!)).toBe(
      '慰问人次：填报的评定「已完成」，得 20 分；按数据完成率 41.6%，应为「未完成」，与评定不一致（填报人：张三）',
    );
  });

  it('a typed score, a stated status and a qualitative claim are entered', () => {
    const ps = parts([
      ind({ target: '≥500人次', actual: '208人次', judgement: { score: 5, reason: '疫情影响' } }),
      ind({ name: '制度', target: '合规', actual: '合规', status: '已完成' }),
      ind({ name: '能力', target: '进一步提升', actual: '党建根基不断夯实' }),
    ]);
    expect(ps.map((p) => p.source)).toEqual(['entered', 'entered', 'entered']);
    expect(ps.map((p) => p.code)).toEqual([
      'origin_indicator_score',
      'origin_indicator_status',
      'origin_indicator_claimed',
    ]);
    expect(renderPart(ps[0]!)).toContain('理由：疫情影响（填报人：填报单位）');
    expect(renderPart(ps[0]!, (path) => (path === 'indicators[0].judgement' ? '李四' : null))).toContain(
      '（填报人：李四）',
    );
  });

  it('a share still awaiting a person gives no part, and the node is mixed or open accordingly', () => {
    const r = scoreEvaluation(
      buildEvaluation({
        indicators: [
          ind({ target: '≥500人次', actual: '600人次' }),
          ind({ name: '社工站', target: '1个', actual: '建成 1 个社工站 13 个社工点' }),
        ],
        management: buildItems(),
      }),
      gz,
    );
    const n = findScoreNode(r.root, '产出指标')!;
    expect(n.score).toBeNull();
    expect(n.origin).toMatchObject({ source: 'computed', computed: 10, entered: 0 });
    expect(splitPoints(n)).toEqual({ computed: 10, entered: 0 });
  });
});

describe('splitPoints', () => {
  it('computed + entered is every node’s printed score, in cents, whatever the document', () => {
    const row = fc.record({
      level1: fc.constantFrom('产出指标', '效益指标'),
      name: fc.constantFrom('完成值', '慰问人次', '满意度'),
      target: fc.constantFrom('≥500人次', '100%', '合规', '≥90%'),
      actual: fc.constantFrom(
        '208人次',
        '目标任务为 1,050.00 万元，实绩为 1,006.78 万元。',
        '95%',
        '合规',
        '87.3%',
      ),
      judgement: fc.option(fc.record({ result: fc.constantFrom('met' as const), by: fc.constant('某人') }), {
        nil: undefined,
      }),
    });
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 8 }),
        fc.array(fc.integer({ min: 0, max: 100 }), {
          minLength: GZ_ITEMS.length,
          maxLength: GZ_ITEMS.length,
        }),
        fc.integer({ min: 1, max: 2_000_000 }),
        (indicators, pcts, executed) => {
          const over = Object.fromEntries(
            GZ_ITEMS.map(([k, max], i) => [k, { score: (max * pcts[i]!) / 100 }]),
          );
          const e = buildEvaluation({
            finance: { budget: 20_000, executed: executed / 100 },
            indicators,
            management: buildItems(over),
          });
          for (const n of nodesOf(scoreEvaluation(e, gz).root)) {
            const s = splitPoints(n);
            expect(s.computed).toBeGreaterThanOrEqual(0);
            expect(s.entered).toBeGreaterThanOrEqual(0);
            const total = n.score ?? n.origin.computed + n.origin.entered;
            expect(cents(s.computed) + cents(s.entered)).toBe(cents(round2(total)));
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
