/** 二、(二) 履职效能分析: the indicator table (一级/二级 merged), each indicator node's score, and the execution rate. */

import { resultLabel } from '../../../core/messages';
import type { Indicator } from '../../../core/model';
import { ratioWan } from '../../../core/money';
import type { ScoreNode } from '../../../core/rubric';
import type { Judged } from '../../../core/target/judge';
import { type Block, cell, h2, h3, mergeDown, p, type Row, type TableBlock } from '../_blocks';
import { allNodes, indicatorsOf, type ReportContext } from '../_context';
import { fmtRatio, fmtScore, fmtWan, scoreRate, sentence } from '../_format';
import { deductionBlocks } from './_deductions';

/** 完成情况 of one indicator: the judged result, with the completion rate when it was computed and fell short. */
export function completionText(j: Judged): string {
  const label = resultLabel(j.result);
  const short = j.source === 'computed' && j.result !== 'met' && j.completion !== null;
  return short ? `${label}（完成率 ${fmtRatio(j.completion)}）` : label;
}

function indicatorTable(ctx: ReportContext): TableBlock {
  const inds = ctx.e.indicators;
  const rows: Row[] = inds.map((ind, i) => ({
    cells: [
      cell(ind.level1 ?? '', 'center'),
      cell(ind.level2 ?? '', 'center'),
      cell(ind.name),
      cell(ind.adjustedTarget || ind.target || '—', 'center'),
      cell(ind.actual ?? '—'),
      cell(completionText(ctx.judged[i] as Judged), 'center'),
    ],
  }));
  const l1 = (i: number) => inds[i]?.level1 ?? '';
  mergeDown(rows, 0, l1);
  mergeDown(rows, 1, (i) => (inds[i]?.level2 ? `${l1(i)}\u0000${inds[i]?.level2}` : ''));
  return {
    kind: 'table',
    number: ctx.nextTable(),
    title: '部门整体绩效指标完成情况',
    columns: [
      // 一级 and 二级 wide enough for two characters a line (一级 / 指标), the rest for the narrative
      { header: '一级指标', width: 0.85, align: 'center' },
      { header: '二级指标', width: 0.85, align: 'center' },
      { header: '三级指标', width: 2.2 },
      { header: '年度目标值', width: 1.55, align: 'center' },
      { header: '实际完成值', width: 4 },
      { header: '完成情况', width: 1.4, align: 'center' },
    ],
    rows,
  };
}

function nodeLead(n: ScoreNode): string {
  return n.score === null
    ? `该项指标分值 ${fmtScore(n.max)} 分，现有数据尚不足以计分。`
    : `该项指标分值 ${fmtScore(n.max)} 分，本次自评得分 ${fmtScore(n.score)} 分，得分率为 ${scoreRate(n.score, n.max)}。`;
}

/** One paragraph per 二级指标: `（1）数量指标。下设三级指标 6 个：“…”“…”。` */
function byLevel2(picked: Array<{ ind: Indicator }>): Block[] {
  const groups = new Map<string, string[]>();
  for (const { ind } of picked) {
    const key = ind.level2 || '其他指标';
    groups.set(key, [...(groups.get(key) ?? []), ind.name]);
  }
  return [...groups].map(([l2, names], i) =>
    p(`（${i + 1}）${l2}。下设三级指标 ${names.length} 个：${names.map((n) => `“${n}”`).join('')}。`),
  );
}

function indicatorNode(ctx: ReportContext, n: ScoreNode): Block[] {
  const picked = indicatorsOf(ctx, n);
  const counts = n.inputs as Partial<Record<'met' | 'partly_met' | 'not_met' | 'needs_judgement', number>>;
  const tally = (['met', 'partly_met', 'not_met', 'needs_judgement'] as const)
    .filter((k) => (counts[k] ?? 0) > 0)
    .map((k) => `${resultLabel(k)} ${counts[k]} 个`);
  const out: Block[] = [p(nodeLead(n))];
  if (picked.length) {
    out.push(p(sentence(`共 ${picked.length} 个三级指标`, tally.join('、'))), ...byLevel2(picked));
  }
  return [...out, ...deductionBlocks(n.trace)];
}

function executionNode(ctx: ReportContext, n: ScoreNode): Block[] {
  const { rate, source, budget, executed } = n.inputs as {
    rate?: number;
    source?: string;
    budget?: number | null;
    executed?: number | null;
  };
  const out: Block[] = [p(nodeLead(n))];
  if (source === 'amounts') {
    out.push(
      p(
        `${ctx.e.year} 年部门全年预算数 ${fmtWan(budget)} 万元，执行数 ${fmtWan(executed)} 万元，完成预算的 ${fmtRatio(rate)}。`,
      ),
    );
  } else if (source === 'stated') out.push(p(`预算执行率为 ${fmtRatio(rate)}（填报值）。`));
  return [...out, ...deductionBlocks(n.trace)];
}

/** Without a score tree: the execution rate computed from the amounts alone (nothing without them). */
function rateWithoutScore(ctx: ReportContext): Block[] {
  const f = ctx.e.finance;
  const r = f.budget != null && f.executed != null ? ratioWan(f.executed, f.budget) : null;
  if (r === null) return [];
  return [
    p(
      `${ctx.e.year} 年部门全年预算数 ${fmtWan(f.budget)} 万元，执行数 ${fmtWan(f.executed)} 万元，完成预算的 ${fmtRatio(r)}。`,
    ),
  ];
}

export function efficacySection(ctx: ReportContext): Block[] {
  const out: Block[] = [h2('履职效能分析')];
  if (ctx.e.indicators.length) {
    const t = indicatorTable(ctx);
    out.push(p(`部门整体绩效指标完成情况见${t.number}。`), t);
  }
  if (!ctx.score) return [...out, ...rateWithoutScore(ctx)];
  const nodes = allNodes(ctx.score.root).filter(
    (n) => n.kind === 'indicator_completion' || n.kind === 'execution_rate',
  );
  for (const n of nodes) {
    out.push(h3(n.title ?? n.name));
    out.push(...(n.kind === 'execution_rate' ? executionNode(ctx, n) : indicatorNode(ctx, n)));
  }
  return out;
}
