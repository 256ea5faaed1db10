/** 二、(三) 管理效率分析: one table per group of rubric items (分值, 得分, 实际完成值), deductions, and unmatched items. */
import type { ManagementItem } from '../../../core/model';
import type { ScoreNode } from '../../../core/rubric';
import { type Block, cell, h2, h3, p, type Row, type TableBlock } from '../_blocks';
import { allNodes, isItemKind, itemFor, type ReportContext } from '../_context';
import { fmtScore, fmtScore2, scoreRate } from '../_format';
import { deductionBlocks, tracesOf } from './_deductions';

const COLUMNS = [
  { header: '序号', width: 0.8, align: 'center' as const },
  // wide enough for the longest rubric item (新增预算项目事前绩效评估, 12 characters) on one line
  { header: '指标名称', width: 3.4 },
  { header: '指标分值', width: 0.85, align: 'right' as const },
  { header: '指标得分', width: 0.85, align: 'right' as const },
  { header: '实际完成值', width: 4.9 },
];

function itemTable(ctx: ReportContext, title: string, rows: Row[]): TableBlock {
  return { kind: 'table', number: ctx.nextTable(), title, columns: COLUMNS, rows };
}

function itemRow(
  i: number,
  name: string,
  max: number | null,
  score: number | null | undefined,
  evidence: string | null | undefined,
): Row {
  return {
    cells: [
      cell(String(i + 1), 'center'),
      cell(name),
      cell(fmtScore2(max), 'right'),
      cell(fmtScore2(score), 'right'),
      cell(evidence || '—'),
    ],
  };
}

/** Groups whose children include item leaves, in tree order; item leaves hanging off other groups form their own. */
function itemGroups(root: ScoreNode): Array<{ group: ScoreNode; leaves: ScoreNode[] }> {
  return allNodes(root)
    .filter((n) => n.children?.some(isItemKind))
    .map((group) => ({ group, leaves: (group.children ?? []).filter(isItemKind) }));
}

function groupBlocks(ctx: ReportContext, group: ScoreNode, leaves: ScoreNode[], used: Set<number>): Block[] {
  const rows = leaves.map((leaf, i) => {
    const hit = itemFor(ctx, leaf);
    if (hit) used.add(hit.index);
    return itemRow(i, hit?.item.item ?? leaf.name, leaf.max, leaf.score, hit?.item.evidence);
  });
  const lead =
    group.score === null
      ? `该项指标分值 ${fmtScore(group.max)} 分，现有数据尚不足以计分。`
      : `该项指标分值 ${fmtScore(group.max)} 分，本次自评得分 ${fmtScore(group.score)} 分，得分率为 ${scoreRate(group.score, group.max)}。`;
  const table = itemTable(ctx, `${group.name}指标完成情况`, rows);
  return [
    h3(group.name),
    p(`${lead}指标实际完成情况详见${table.number}。`),
    table,
    ...deductionBlocks(tracesOf(group)),
  ];
}

function othersBlocks(ctx: ReportContext, items: Array<{ item: ManagementItem }>, scored: boolean): Block[] {
  const rows = items.map(({ item }, i) => itemRow(i, item.item, null, item.score, item.evidence));
  const title = scored ? '其他管理事项（未对应评分标准）' : '管理效率事项完成情况';
  const lead = scored
    ? '以下事项未对应评分标准中的评价项目，不计入得分：'
    : '评分标准未知，以下按填报情况列示：';
  const table = itemTable(ctx, title, rows);
  return [h3(scored ? '其他管理事项' : '管理事项'), p(`${lead}详见${table.number}。`), table];
}

export function managementSection(ctx: ReportContext): Block[] {
  const out: Block[] = [h2('管理效率分析')];
  const used = new Set<number>();
  const groups = ctx.score ? itemGroups(ctx.score.root) : [];
  for (const { group, leaves } of groups) out.push(...groupBlocks(ctx, group, leaves, used));
  const rest = ctx.e.management.flatMap((item, index) => (used.has(index) ? [] : [{ item }]));
  if (rest.length) out.push(...othersBlocks(ctx, rest, !!ctx.score));
  return out;
}
