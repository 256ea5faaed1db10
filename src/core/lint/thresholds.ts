/** The lint's thresholds and name patterns: data per region (`src/rubrics/lint/*.json`), validated when loaded. */
import { z } from 'zod';
import guangzhou from '../../rubrics/lint/guangzhou.json' with { type: 'json' };
import { checkDataFile, DataFileError } from '../data-file';

const regex = z.string().refine(
  (s) => {
    try {
      new RegExp(s);
      return true;
    } catch {
      return false;
    }
  },
  { error: '不是有效的正则表达式' },
);
const words = z.array(z.string().min(1)).min(1);
const levelPatterns = z.array(z.strictObject({ level: z.string().min(1), patterns: words }));

export const LintThresholds = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
  /** How many earlier years the history looks at. */
  historyYears: z.number().int().min(1).max(10),
  /** A target above the best of those years' actuals × this is too hard (below the least ÷ this, when less is better). */
  tooHardRatio: z.number().min(1),
  /** A target weaker than last year's actual by more than this share is too easy (0: any weaker). */
  tooEasyMargin: z.number().min(0).max(1),
  /** Headroom of the suggested range above last year's actual (below it, when less is better). */
  suggestMargin: z.number().min(0).max(1),
  /** Units a 成本 indicator may be measured in (a unit containing one, e.g. 元/人, counts). */
  moneyUnits: words,
  /** Words of a level name (一级 or 二级) that make an indicator a cost indicator. */
  costLevels: words,
  /** Words of a long-term goal; a pattern's 4-digit group is a year, flagged only when after the declared year. */
  longTermPatterns: z.array(regex).min(1),
  /** Name fragments that place an indicator under a 一级指标, first match wins. */
  levelOfName: levelPatterns,
  /** The 二级指标 words each 一级指标 may hold. */
  level2OfLevel1: levelPatterns,
});
export type LintThresholds = z.infer<typeof LintThresholds>;

export class LintThresholdsError extends DataFileError {
  constructor(origin: string, problems: readonly string[]) {
    super('目标审核阈值', origin, problems);
    this.name = 'LintThresholdsError';
  }
}

/**
 * Validate threshold data; every problem names the file and JSON path. Unknown keys are refused.
 * @example parseLintThresholds({ ...data, tooHardRatio: 0.5 }, 'x.json') // throws: x.json: tooHardRatio: …
 */
export function parseLintThresholds(data: unknown, origin: string): LintThresholds {
  const r = checkDataFile(LintThresholds, data, origin);
  if (!r.success) throw new LintThresholdsError(origin, r.problems);
  return r.data;
}

/** The thresholds used unless told otherwise. */
export const DEFAULT_LINT_THRESHOLDS: LintThresholds = parseLintThresholds(
  guangzhou,
  'src/rubrics/lint/guangzhou.json',
);
