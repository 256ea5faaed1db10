/**
 * Warning rules of a region as data (`src/rubrics/monitoring/*.json`): execution checkpoints, how far an indicator may
 * lag the year, the year-end forecast's floor. Validated when loaded; unknown keys are refused, every problem listed.
 */
import { z } from 'zod';
import { checkDataFile, DataFileError } from '../data-file';
import '../zod-locale';

const MonthDay = z
  .string()
  .regex(/^\d{2}-\d{2}$/, { error: '检查日期应写作 MM-DD（如 06-30）' })
  .refine(
    (s) => {
      const [m, d] = s.split('-').map(Number) as [number, number];
      return m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(2024, m, 0)).getUTCDate();
    },
    { error: '检查日期不存在' },
  );

/** A percentage with at most 2 decimals, so that comparisons with it are exact. */
const Share = z
  .number()
  .min(0)
  .max(100)
  .refine((x) => Number.isInteger(Number((x * 100).toFixed(6))), { error: '比例最多 2 位小数' });

export const FORECAST_METHODS = ['year_start', 'last_two'] as const;
export type ForecastMethod = (typeof FORECAST_METHODS)[number];

const Checkpoint = z.strictObject({ date: MonthDay, minShare: Share });

export const MonitoringRules = z.strictObject({
  id: z.string().min(1),
  /** 地区, e.g. 广州. */
  region: z.string().min(1),
  title: z.string().min(1),
  /** Where the values come from, and which are not confirmed. */
  note: z.string().optional(),
  /** Execution to date against the year's budget at checkpoints; between two, the last one passed applies. */
  execution: z
    .strictObject({
      checkpoints: z
        .array(Checkpoint)
        .min(1)
        .refine((cs) => cs.every((c, i) => i === 0 || c.date > cs[i - 1]!.date), {
          error: '检查日期应按先后排列且不重复',
        }),
      /** Check each budget line (基本支出, 项目支出, each project) as well as the total. */
      lines: z.boolean().default(true),
    })
    .optional(),
  /** An indicator's 完成进度 more than `maxPoints` percentage points behind the share of the year elapsed. */
  indicatorLag: z.strictObject({ maxPoints: Share }).optional(),
  /** The year-end execution forecast from the trend below `minShare` % of the year's budget. */
  forecast: z
    .strictObject({
      minShare: Share,
      methods: z.array(z.enum(FORECAST_METHODS)).min(1),
    })
    .optional(),
});
export type MonitoringRules = z.infer<typeof MonitoringRules>;

export class MonitoringRulesError extends DataFileError {
  constructor(origin: string, problems: readonly string[]) {
    super('监控预警规则', origin, problems);
    this.name = 'MonitoringRulesError';
  }
}

export function safeParseMonitoringRules(
  data: unknown,
  origin: string,
): { success: true; data: MonitoringRules } | { success: false; error: MonitoringRulesError } {
  const r = checkDataFile(MonitoringRules, data, origin);
  return r.success ? r : { success: false, error: new MonitoringRulesError(origin, r.problems) };
}

/**
 * Validate warning rules; throws `MonitoringRulesError` listing every problem with its JSON path.
 * @example parseMonitoringRules(json, 'src/rubrics/monitoring/guangzhou.json').execution?.checkpoints[0]
 */
export function parseMonitoringRules(data: unknown, origin: string): MonitoringRules {
  const r = safeParseMonitoringRules(data, origin);
  if (!r.success) throw r.error;
  return r.data;
}
