/** 二、(四) 重点项目: per project a budget table by source of funds and an indicator table. */
import type { Project } from '../../../core/model';
import { formatWan, ratioWan, round2, sumWan } from '../../../core/money';
import { rollupSentence } from '../../../core/project-rollup';
import { judgeIndicator } from '../../../core/target/judge';
import { type Block, cell, h2, h3, p, paras, type Row, type TableBlock } from '../_blocks';
import type { ReportContext } from '../_context';
import { fmtRatio, fmtScore, fmtWan, sentence } from '../_format';
import { completionText } from './efficacy';

function rateText(budget: number | null | undefined, executed: number | null | undefined): string {
  const r = budget != null && executed != null ? ratioWan(executed, budget) : null;
  return fmtRatio(r);
}

function budgetTable(ctx: ReportContext, pr: Project): TableBlock {
  const rows: Row[] = pr.funding.map((f) => ({
    cells: [
      cell(f.source),
      cell(fmtWan(f.initial), 'right'),
      cell(fmtWan(f.budget), 'right'),
      cell(fmtWan(f.executed), 'right'),
      cell(rateText(f.budget, f.executed), 'right'),
    ],
  }));
  const sum = (k: 'initial' | 'budget' | 'executed') => {
    const v = pr.funding.map((f) => f[k]).filter((x): x is number => x != null);
    return v.length ? sumWan(v) : null;
  };
  const budget = pr.budget ?? sum('budget');
  const executed = pr.executed ?? sum('executed');
  rows.push({
    cells: [
      cell('合计', 'center'),
      cell(fmtWan(sum('initial')), 'right'),
      cell(fmtWan(budget), 'right'),
      cell(fmtWan(executed), 'right'),
      cell(rateText(budget, executed), 'right'),
    ],
    total: true,
  });
  // a 合计 that differs from its lines is an audit finding, not a note in the report
  return {
    kind: 'table',
    number: ctx.nextTable(),
    title: `${pr.name}预算执行情况`,
    columns: [
      { header: '资金来源', width: 3.4 },
      { header: '年初预算数（万元）', width: 1.7, align: 'right' },
      { header: '全年预算数（万元）', width: 1.7, align: 'right' },
      { header: '执行数（万元）', width: 1.7, align: 'right' },
      { header: '执行率', width: 1.5, align: 'right' },
    ],
    rows,
  };
}

function indicatorTable(ctx: ReportContext, pr: Project): TableBlock {
  const rows: Row[] = pr.indicators.map((ind) => {
    const j = judgeIndicator(ind);
    const done =
      ind.completion ||
      (j.completion !== null && j.direction !== 'qualitative' ? fmtRatio(j.completion) : completionText(j));
    return {
      cells: [
        cell(ind.name),
        cell(ind.adjustedTarget || ind.target || '—', 'center'),
        cell(ind.actual ?? '—'),
        cell(done, 'center'),
      ],
    };
  });
  return {
    kind: 'table',
    number: ctx.nextTable(),
    title: `${pr.name}指标完成情况`,
    columns: [
      { header: '指标名称', width: 3 },
      { header: '年度指标值', width: 2, align: 'center' },
      { header: '实际完成指标值', width: 4, align: 'left' },
      { header: '完成率', width: 1.5, align: 'center' },
    ],
    rows,
  };
}

function projectBlocks(ctx: ReportContext, pr: Project): Block[] {
  const out: Block[] = [h3(pr.name)];
  if (pr.summary) out.push(...paras(pr.summary));
  if (pr.goal) out.push(p(`项目年度目标：${pr.goal}`));
  const rate = pr.budget != null && pr.executed != null ? ratioWan(pr.executed, pr.budget) : null;
  const facts = sentence(
    pr.budget != null && `本项目全年预算数 ${formatWan(pr.budget)} 万元`,
    pr.executed != null && `执行数 ${formatWan(pr.executed)} 万元`,
    rate !== null
      ? `预算执行率 ${fmtRatio(rate)}`
      : pr.executionRate != null && `预算执行率 ${round2(pr.executionRate).toFixed(2)}%（填报值）`,
    pr.score != null && `项目自评得分 ${fmtScore(pr.score)} 分`,
  );
  if (facts) out.push(p(facts));
  if (pr.funding.length || pr.budget != null || pr.executed != null) out.push(budgetTable(ctx, pr));
  if (pr.indicators.length) out.push(indicatorTable(ctx, pr));
  return out;
}

export function projectsSection(ctx: ReportContext): Block[] {
  const rollup = ctx.projects && ctx.projects.count > 0 ? [p(rollupSentence(ctx.projects))] : [];
  if (!rollup.length && !ctx.e.projects.length) return [];
  return [h2('重点项目绩效情况'), ...rollup, ...ctx.e.projects.flatMap((pr) => projectBlocks(ctx, pr))];
}
