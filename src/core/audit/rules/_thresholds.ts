/** Rates behind the rubric's threshold items, derived from the finance block, and the rubric nodes that score them. */
import type { Evaluation } from '../../model';
import { formatWan, ratioWan } from '../../money';
import { rubricNodes } from '../../rubric/engine';
import type { RubricNodeData } from '../../rubric/schema';
import { nameKey } from '../../text';
import { ratioSlackPct } from '../_tolerance';
import type { AuditContext } from '../types';

export interface Derived {
  /** Percent, unrounded. */
  value: number;
  slack: number;
  /** What it was derived from, for the message. */
  from: string;
  /** The stated rate it replaces, when the amounts are given too (compared separately). */
  path: string;
}

const wan = (v: number | null | undefined) => (v == null ? '—' : `${formatWan(v)} 万元`);

function ratio(
  a: number | null | undefined,
  b: number | null | undefined,
  from: string,
  path: string,
): Derived | null {
  if (a == null || b == null) return null;
  const r = ratioWan(a, b);
  return r === null ? null : { value: r * 100, slack: ratioSlackPct(a, b), from, path };
}

/** Finance-derived value of a threshold input (`carryover_rate` …), by the rubric's input names. */
export const DERIVED_INPUTS: Record<string, (e: Evaluation) => Derived | null> = {
  carryover_rate: (e) => {
    const f = e.finance;
    return (
      ratio(
        f.carryover,
        f.budget,
        `年末结转结余 ${wan(f.carryover)} ÷ 全年预算数 ${wan(f.budget)}`,
        'finance.carryover',
      ) ??
      (f.carryoverRate == null
        ? null
        : {
            value: f.carryoverRate,
            slack: 0,
            from: '收支情况中填写的结转结余率',
            path: 'finance.carryoverRate',
          })
    );
  },
  three_public_rate: (e) => {
    const t = e.finance.threePublic;
    return ratio(
      t?.actual,
      t?.budget,
      `“三公”经费支出 ${wan(t?.actual)} ÷ 预算 ${wan(t?.budget)}`,
      'finance.threePublic',
    );
  },
  public_funds_rate: (e) => {
    const t = e.finance.publicFunds;
    return ratio(
      t?.actual,
      t?.budget,
      `公用经费支出 ${wan(t?.actual)} ÷ 预算 ${wan(t?.budget)}`,
      'finance.publicFunds',
    );
  },
  fixed_asset_utilization: (e) => {
    const v = e.finance.fixedAssetUtilization;
    return v == null
      ? null
      : { value: v, slack: 0, from: '收支情况中填写的固定资产利用率', path: 'finance.fixedAssetUtilization' };
  },
};

/** Every node of the rubric, depth first (empty without one). */
export function nodesOf(ctx: AuditContext): RubricNodeData[] {
  return ctx.memo('nodes', () => (ctx.rubric ? rubricNodes(ctx.rubric.root) : []));
}

/** Threshold nodes of the rubric with their input name. */
export function thresholdNodes(ctx: AuditContext): Array<{ node: RubricNodeData; input: string }> {
  return ctx.memo('thresholds', () =>
    nodesOf(ctx)
      .filter((n) => n.kind === 'threshold_at_most' || n.kind === 'threshold_at_least')
      .map((node) => ({ node, input: String(node.params?.input ?? '') })),
  );
}

/** The management item a rubric node scores, by name or alias (as the scoring engine matches it); -1 when none. */
export function itemIndexOf(ctx: AuditContext, node: RubricNodeData): number {
  const items = ctx.memo('items', () => {
    const m = new Map<string, number>();
    ctx.evaluation.management.forEach((it, i) => {
      const k = nameKey(it.item);
      if (!m.has(k)) m.set(k, i);
    });
    return m;
  });
  for (const k of [node.name, ...(node.aliases ?? [])]) {
    const i = items.get(nameKey(k));
    if (i !== undefined) return i;
  }
  return -1;
}
