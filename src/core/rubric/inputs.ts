/** Rates the rubric scores that come from the finance block, derived once for the engine and the audit alike. */
import { z } from 'zod';
import type { Finance, Project } from '../model';
import { ratioWan, sumWan } from '../money';

/** Rates a threshold node may read (`params.input`). */
export const ThresholdInput = z.enum([
  'carryover_rate',
  'three_public_rate',
  'public_funds_rate',
  'fixed_asset_utilization',
]);
export type ThresholdInput = z.infer<typeof ThresholdInput>;

/** Every derivable rate: the threshold inputs and 预算执行率. */
export type RateName = ThresholdInput | 'execution_rate';

/** Where a derived rate came from: two amounts divided, or the rate as the document states it. */
export type RateSource =
  | { kind: 'amounts'; numerator: number; denominator: number; labels: readonly [string, string] }
  | { kind: 'stated'; label: string };

export interface DerivedRate {
  /** Percent, unrounded. */
  value: number;
  /** The same as a fraction, computed directly (no ×100 ÷100 round trip): 0.9556 for 95.56%. */
  ratio: number;
  /** The evaluation path it was computed or read from: `finance.carryover`, `finance.carryoverRate`. */
  path: string;
  source: RateSource;
}

type Amount = number | null | undefined;

/** The finance figures rates are derived from: a department's finance block, or a project's (which has fewer). */
export type RateFinance = Partial<
  Pick<
    Finance,
    | 'executed'
    | 'budget'
    | 'executionRate'
    | 'carryover'
    | 'carryoverRate'
    | 'threePublic'
    | 'publicFunds'
    | 'fixedAssetUtilization'
  >
>;

interface RateDef {
  /** The amounts divided (numerator, denominator), with their Chinese names and the path they sit at. */
  amounts?: {
    read: (f: RateFinance) => readonly [Amount, Amount];
    labels: readonly [string, string];
    path: string;
  };
  /** The stated rate, used when the amounts are not both given. */
  stated?: { read: (f: RateFinance) => Amount; label: string; path: string };
}

const RATES: Record<RateName, RateDef> = {
  execution_rate: {
    amounts: {
      read: (f) => [f.executed, f.budget],
      labels: ['执行数', '全年预算数'],
      path: 'finance.executed',
    },
    stated: { read: (f) => f.executionRate, label: '预算执行率', path: 'finance.executionRate' },
  },
  carryover_rate: {
    amounts: {
      read: (f) => [f.carryover, f.budget],
      labels: ['年末结转结余', '全年预算数'],
      path: 'finance.carryover',
    },
    stated: { read: (f) => f.carryoverRate, label: '结转结余率', path: 'finance.carryoverRate' },
  },
  three_public_rate: {
    amounts: {
      read: (f) => [f.threePublic?.actual, f.threePublic?.budget],
      labels: ['“三公”经费支出', '预算'],
      path: 'finance.threePublic',
    },
  },
  public_funds_rate: {
    amounts: {
      read: (f) => [f.publicFunds?.actual, f.publicFunds?.budget],
      labels: ['公用经费支出', '预算'],
      path: 'finance.publicFunds',
    },
  },
  fixed_asset_utilization: {
    stated: {
      read: (f) => f.fixedAssetUtilization,
      label: '固定资产利用率',
      path: 'finance.fixedAssetUtilization',
    },
  },
};

/** A rate from two amounts (percent); null when either is missing or the denominator is zero. */
export function rateFromAmounts(
  numerator: Amount,
  denominator: Amount,
  labels: readonly [string, string],
  path: string,
): DerivedRate | null {
  if (numerator == null || denominator == null) return null;
  const r = ratioWan(numerator, denominator);
  if (r === null) return null;
  return { value: r * 100, ratio: r, path, source: { kind: 'amounts', numerator, denominator, labels } };
}

/**
 * A rate from the finance block: from the amounts when both are given, else as stated; null when neither is.
 * @example deriveRate({ carryover: 5, budget: 100 }, 'carryover_rate')?.value // 5
 */
export function deriveRate(f: RateFinance, name: RateName): DerivedRate | null {
  const def = RATES[name];
  if (def.amounts) {
    const [n, d] = def.amounts.read(f);
    const r = rateFromAmounts(n, d, def.amounts.labels, def.amounts.path);
    if (r) return r;
  }
  const v = def.stated?.read(f);
  return def.stated && v != null
    ? { value: v, ratio: v / 100, path: def.stated.path, source: { kind: 'stated', label: def.stated.label } }
    : null;
}

/** A project's budget and executed amounts: its totals, else the sum of its funding lines when every line gives one. */
export function projectAmounts(p: Project): { budget: number | null; executed: number | null } {
  const sum = (k: 'budget' | 'executed') => {
    const known = p.funding.map((f) => f[k]).filter((x): x is number => x != null);
    return known.length && known.length === p.funding.length ? sumWan(known) : null;
  };
  return { budget: p.budget ?? sum('budget'), executed: p.executed ?? sum('executed') };
}
