/** Benchmark: seed-sized evaluations (30 indicators, 23 items) scored per second on one core. */
import { Evaluation } from '../src/core/model';
import { scoreEvaluation } from '../src/core/rubric';
import { getRubric } from '../src/rubrics';
import { buildItems } from '../test/factories';

/** A seed-sized evaluation: 30 indicators of every target form, all 23 Guangzhou items. */
export function buildSeedSized(): Evaluation {
  const forms: Array<[string, string]> = [
    ['≥95%', '98%'],
    ['100%', '100%'],
    ['≥500人次', '208人次'],
    ['5个', '5个'],
    ['≤1%', '0%'],
    ['进一步提升', '有所提升'],
    ['95%以上', '计划完成率 100%'],
    ['< 10%', '< 10%'],
    ['费用支付合规率=100%', '完成值=100%'],
    ['≥28000 人次', '11,476 人次'],
  ];
  const indicators = Array.from({ length: 30 }, (_, i) => {
    const [target, actual] = forms[i % forms.length]!;
    return {
      level1: i < 18 ? '产出指标' : '效益指标',
      level2: '数量指标',
      name: `指标${i + 1}`,
      target,
      actual,
    };
  });
  // Seed 004's item scores; the four threshold items are computed from the finance block instead.
  const management = buildItems({
    绩效管理制度建设: { score: 0, reason: '未完成' },
    绩效管理制度执行: { score: 6, reason: '部分完成' },
    资产盘点情况: { score: 0, reason: '未完成' },
    资产管理合规性: { score: 0.5, reason: '部分整改' },
    结转结余率: { score: null },
    固定资产利用率: { score: null },
    公用经费控制率: { score: null },
    '“三公”经费控制情况': { score: null },
  });
  return Evaluation.parse({
    department: { name: '基准街道办事处' },
    year: 2023,
    rubric: 'gz-dept-2023',
    finance: {
      budget: 23135.18,
      executed: 23033.06,
      carryover: 539.05,
      threePublic: { budget: 28.54, actual: 27.9 },
      publicFunds: { budget: 500, actual: 480.12 },
      fixedAssetUtilization: 93,
    },
    indicators,
    management,
  });
}

export async function benchEngine(): Promise<Record<string, string | number>> {
  const e = buildSeedSized();
  const rubric = getRubric('gz-dept-2023');
  for (let i = 0; i < 2000; i++) scoreEvaluation(e, rubric);
  let n = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < 2000) {
    for (let i = 0; i < 500; i++) scoreEvaluation(e, rubric);
    n += 500;
    elapsed = performance.now() - start;
  }
  return { '评分（30 项指标、23 项管理效率）每秒': Math.round((n / elapsed) * 1000), 目标: '> 50,000 次/秒' };
}
