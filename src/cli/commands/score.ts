/** `jixiao score FILE [--json]`: the score tree as a Chinese table, or as JSON; each node says where its points come from. */

import { type PresentedNode, presentScore, scoreEvaluation, scoreProjectEvaluation } from '../../core/rubric';
import { getRubric } from '../../rubrics';
import type { RegisterCommand } from '.';
import { loadDocument } from './_load';

function fmt(x: number | null): string {
  return x === null ? '—' : x.toFixed(2).replace(/\.?0+$/, '');
}

/** 〔计算〕, 〔人工〕 or 〔计算 8.57 + 人工 11.43〕: where a node's points come from. */
function originTag(node: PresentedNode): string {
  if (node.source === 'computed') return '〔计算〕';
  if (node.source === 'entered') return '〔人工〕';
  if (node.source === 'mixed') return `〔计算 ${fmt(node.computed)} + 人工 ${fmt(node.entered)}〕`;
  return '';
}

/** One line per node, indented by depth: 名称 得分/分值 and where the points come from, then the reasons for lost points. */
export function renderScoreTable(node: PresentedNode, depth = 0, out: string[] = []): string[] {
  const pad = '  '.repeat(depth);
  const label = `${pad}${node.name}`;
  out.push(
    `${label.padEnd(16, '　')}${fmt(node.score).padStart(7)} / ${fmt(node.max)}  ${originTag(node)}`.trimEnd(),
  );
  for (const m of node.messages) out.push(`${pad}  · ${m}`);
  for (const c of node.children ?? []) renderScoreTable(c, depth + 1, out);
  return out;
}

export const registerScore: RegisterCommand = (command, io) => {
  command
    .argument('<file>', '评价文件（JSON：部门整体支出或项目支出绩效自评）')
    .option('--json', '以 JSON 输出得分树（每个节点含 computed 按数据计算、entered 人工评定的分数及依据）')
    .action(async (file: string, opts: { json?: boolean }) => {
      const loaded = await loadDocument(io, file);
      const rubric = getRubric(loaded.doc.rubric);
      const p = presentScore(
        loaded.kind === 'project'
          ? scoreProjectEvaluation(loaded.doc, rubric)
          : scoreEvaluation(loaded.doc, rubric),
      );
      if (opts.json) {
        io.out(JSON.stringify(p, null, 2));
        return;
      }
      const subject = loaded.kind === 'project' ? loaded.doc.project.name : loaded.doc.department.name;
      io.out(`${subject} ${loaded.doc.year} 年度　评分标准：${p.rubric.name}`);
      io.out(renderScoreTable(p.root).join('\n'));
      if (p.complete) io.out(`总分 ${fmt(p.total)} 分，评价等级「${p.grade}」`);
      else
        io.out(`数据不足，无法算出总分（已算得 ${fmt(p.computedTotal)} 分）。缺少：${p.missing.join('、')}`);
      io.out(p.split.text);
    });
};
