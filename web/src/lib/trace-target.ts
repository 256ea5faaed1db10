/** Where a score trace points in the editor: an indicator row, a management item or a finance field. */
import type { ScoreNode, ScoreResult, TraceRecord } from '../../../src/core/rubric';
import { normalizePath } from './paths';

/** Finance fields behind each rate a threshold item can derive. */
const INPUT_FIELD: Record<string, string> = {
  carryover_rate: 'finance.carryover',
  three_public_rate: 'finance.threePublic',
  public_funds_rate: 'finance.publicFunds',
  fixed_asset_utilization: 'finance.fixedAssetUtilization',
};

const DOC_ROOTS =
  /^(indicators|management|projects|finance|department|problems|improvements|tasks|reported)\b/;

function findByPath(node: ScoreNode, path: string): ScoreNode | null {
  if (node.path === path) return node;
  for (const c of node.children ?? []) {
    const hit = findByPath(c, path);
    if (hit) return hit;
  }
  return null;
}

/**
 * The document path the editor should jump to for a trace record.
 * @example traceTarget({ path: '总分/履职效能/部门预算资金支出率', … }, result) // 'finance.executed'
 */
export function traceTarget(t: Pick<TraceRecord, 'path'>, result: Pick<ScoreResult, 'root'>): string {
  if (DOC_ROOTS.test(t.path)) {
    const path = normalizePath(t.path);
    // An indicator loses points on its actual value: that is the input to go to.
    return /^indicators\[\d+\]$/.test(path) ? `${path}.actual` : path;
  }
  const node = findByPath(result.root, t.path);
  if (!node) return t.path;
  if (node.kind === 'execution_rate') return 'finance.executed';
  if (node.kind === 'indicator_completion') return 'indicators';
  const input = typeof node.inputs.input === 'string' ? node.inputs.input : '';
  if ((node.kind === 'threshold_at_most' || node.kind === 'threshold_at_least') && INPUT_FIELD[input]) {
    // With no management item and no finance figure the item row (keyed by rubric path) is the place to fill.
    return node.status === 'missing' ? t.path : INPUT_FIELD[input]!;
  }
  return t.path;
}
