/** Deduction records of a score node, as sentences from the message map. */

import { renderTrace } from '../../../core/messages';
import type { ScoreNode, TraceRecord } from '../../../core/rubric';
import { type Block, list, p } from '../_blocks';
import { allNodes } from '../_context';
import { fmtScore } from '../_format';

export function tracesOf(node: ScoreNode): TraceRecord[] {
  return allNodes(node).flatMap((n) => n.trace);
}

/**
 * `扣分情况：…` then one line per deduction; nothing when nothing was lost. What is still to be filled in or judged
 * is for the editor and the submission gate, never for the printed report.
 */
export function deductionBlocks(trace: readonly TraceRecord[], lead = '扣分情况'): Block[] {
  const lost = trace.filter((t) => t.lost > 1e-9);
  if (!lost.length) return [];
  const total = lost.reduce((s, t) => s + t.lost, 0);
  return [p(`${lead}：共扣 ${fmtScore(total)} 分，具体如下：`), list(lost.map(renderTrace))];
}
