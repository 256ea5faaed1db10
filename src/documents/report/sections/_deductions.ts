/** Deduction and pending records of a score node, as sentences from the message map. */

import { renderTrace } from '../../../core/messages';
import { round2 } from '../../../core/money';
import type { ScoreNode, TraceRecord } from '../../../core/rubric';
import { type Block, list, p } from '../_blocks';
import { allNodes } from '../_context';
import { fmtScore } from '../_format';

/** Notes that neither lose points nor need anyone's attention. */
const NOTES = new Set(['threshold_from_score']);

export function tracesOf(node: ScoreNode): TraceRecord[] {
  return allNodes(node).flatMap((n) => n.trace);
}

/** `扣分情况：…` then one line per deduction, then what is still pending; nothing when there is neither. */
export function deductionBlocks(trace: readonly TraceRecord[], lead = '扣分情况'): Block[] {
  const lost = trace.filter((t) => t.lost > 1e-9);
  const pending = trace.filter((t) => t.lost <= 1e-9 && !NOTES.has(t.code));
  const out: Block[] = [];
  if (lost.length) {
    const total = round2(lost.reduce((s, t) => s + t.lost, 0));
    out.push(p(`${lead}：共扣 ${fmtScore(total)} 分，具体如下：`), list(lost.map(renderTrace)));
  }
  if (pending.length) out.push(p('尚待补充或人工判断的事项：'), list(pending.map(renderTrace)));
  return out;
}
