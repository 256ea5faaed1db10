/**
 * 二、(一) 自评结论: total, grade, section scores, the score table and every deduction with its reason. The score is
 * the one the documents print (`printedTotal`); a stated score that differs is the audit's business, not the report's.
 */
import { originLabel, printedTotal, renderSplit, type ScoreNode, splitPoints } from '../../../core/rubric';
import { type Block, cell, h1, h2, mergeDown, p, paras, type Row, type TableBlock } from '../_blocks';
import type { ReportContext } from '../_context';
import { fmtScore, fmtScore2, scoreRate, sentence } from '../_format';
import { deductionBlocks } from './_deductions';

function scoreRow(first: string, second: string, n: ScoreNode, total = false): Row {
  return {
    cells: [
      cell(first),
      cell(second),
      cell(fmtScore2(n.max), 'right'),
      cell(fmtScore2(n.score), 'right'),
      cell(scoreRate(n.score, n.max), 'right'),
      // 计算 / 人工: whether the points were computed from the figures or entered by a person
      cell(originLabel(n), 'center'),
    ],
    total,
  };
}

/** 表 2-1: each first-level node with its children and a 小计, then the 合计. */
function scoreTable(ctx: ReportContext, root: ScoreNode, total: number | null): TableBlock {
  const rows: Row[] = [];
  const groupOf: string[] = [];
  for (const c of root.children ?? []) {
    if (c.children?.length) {
      for (const g of c.children) {
        rows.push(scoreRow(c.name, g.title ?? g.name, g));
        groupOf.push(c.name);
      }
      rows.push(scoreRow(c.name, '小计', c, true));
    } else rows.push(scoreRow(c.name, c.title ?? c.name, c));
    groupOf.push(c.name);
  }
  mergeDown(rows, 0, (i) => groupOf[i] ?? '');
  rows.push(scoreRow('合计', '', { ...root, score: total }, true));
  return {
    kind: 'table',
    number: ctx.nextTable(),
    title: '部门整体支出绩效自评得分情况',
    columns: [
      { header: '评价因素', width: 1.6, align: 'center' },
      { header: '评价指标', width: 3.6 },
      { header: '分值（分）', width: 1.6, align: 'right' },
      { header: '得分（分）', width: 1.6, align: 'right' },
      { header: '得分率', width: 1.6, align: 'right' },
      { header: '得分来源', width: 2.4, align: 'center' },
    ],
    rows,
  };
}

function verdict(ctx: ReportContext): Block[] {
  const { score, e } = ctx;
  if (!score) return [p('所选评分标准未收录，无法计算自评得分和评价等级。')];
  const { total, grade } = printedTotal(score);
  const lead = `按照《${score.rubric.name}》`;
  const parts = (score.root.children ?? []).map(
    (c) =>
      `${c.name}${c.score === null ? '暂无法计分' : `得分 ${fmtScore(c.score)} 分`}（满分 ${fmtScore(c.max)} 分）`,
  );
  const out: Block[] = [];
  if (total !== null) {
    out.push(
      p(
        sentence(
          `${lead}，${ctx.dept} ${e.year} 年度部门整体支出绩效自评得分 ${fmtScore(total)} 分`,
          `评价等级为“${grade}”`,
        ),
      ),
    );
  } else {
    out.push(
      p(
        sentence(
          `${lead}，现有数据尚不足以计算总分：${score.missing.length} 项无法计分`,
          `已计算部分合计 ${fmtScore(score.computedTotal)} 分`,
        ),
      ),
    );
  }
  if (parts.length) out.push(p(sentence(`其中${parts.join('，')}`)));
  return out;
}

export function conclusionSection(ctx: ReportContext): Block[] {
  const out: Block[] = [h1('绩效自评情况'), h2('自评结论')];
  if (ctx.e.conclusion) out.push(...paras(ctx.e.conclusion));
  out.push(...verdict(ctx));
  const score = ctx.score;
  if (!score) return out;
  const table = scoreTable(ctx, score.root, score.total);
  const split = renderSplit(splitPoints(score.root));
  const where = score.complete ? `其中${split}` : `已计算部分中，${split}`;
  out.push(p(`部门整体支出绩效自评得分情况见${table.number}，${where}。`), table);
  const deductions = deductionBlocks(score.trace);
  if (deductions.length) out.push(...deductions);
  else if (score.complete) out.push(p('本次自评无扣分项。'));
  return out;
}
