/** 二、(一) 自评结论: total, grade, section scores, the score table and every deduction with its reason. */
import { round2 } from '../../../core/money';
import type { ScoreNode } from '../../../core/rubric';
import { listRubrics } from '../../../rubrics';
import { type Block, cell, empty, h1, h2, mergeDown, p, paras, type Row, type TableBlock } from '../_blocks';
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
    number: ctx.nextTable(2),
    title: '部门整体支出绩效自评得分情况',
    columns: [
      { header: '评价因素', width: 1.6, align: 'center' },
      { header: '评价指标', width: 4.2 },
      { header: '分值（分）', width: 1.8, align: 'right' },
      { header: '得分（分）', width: 1.8, align: 'right' },
      { header: '得分率', width: 1.8, align: 'right' },
    ],
    rows,
  };
}

function verdict(ctx: ReportContext): Block[] {
  const { score, e } = ctx;
  if (!score) {
    const known = listRubrics()
      .map((r) => r.id)
      .join('、');
    return [empty(`评分标准“${e.rubric}”未收录（已收录：${known}），无法计算自评得分和评价等级。`)];
  }
  const lead = `按照《${score.rubric.name}》`;
  const parts = (score.root.children ?? []).map(
    (c) =>
      `${c.name}${c.score === null ? '暂无法计分' : `得分 ${fmtScore(c.score)} 分`}（满分 ${fmtScore(c.max)} 分）`,
  );
  const out: Block[] = [];
  if (score.total !== null) {
    out.push(
      p(
        sentence(
          `${lead}，${ctx.dept} ${e.year} 年度部门整体支出绩效自评得分 ${fmtScore(score.total)} 分`,
          `评价等级为“${score.grade}”`,
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
  const reported = e.reported.total;
  if (reported != null && score.total !== null && round2(reported) !== round2(score.total)) {
    out.push(
      p(
        `填报的自评得分为 ${fmtScore(reported)} 分，与按数据计算的 ${fmtScore(score.total)} 分不一致，请核对。`,
      ),
    );
  }
  return out;
}

export function conclusionSection(ctx: ReportContext): Block[] {
  const out: Block[] = [h1('二、绩效自评情况'), h2('（一）自评结论')];
  if (ctx.e.conclusion) out.push(...paras(ctx.e.conclusion));
  out.push(...verdict(ctx));
  const score = ctx.score;
  if (!score) return out;
  const table = scoreTable(ctx, score.root, score.total);
  out.push(p(`部门整体支出绩效自评得分情况见${table.number}。`), table);
  const deductions = deductionBlocks(score.trace);
  out.push(...(deductions.length ? deductions : [p('本次自评无扣分项。')]));
  return out;
}
