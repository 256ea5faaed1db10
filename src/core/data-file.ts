/**
 * Data files the program reads as configuration (rubrics, lint thresholds, monitoring rules): validated with zod when
 * loaded, every problem listed with the file and its JSON path in Chinese. One error type and one reading for all.
 */
import type { z } from 'zod';
import zhCN from 'zod/v4/locales/zh-CN.js';
import { describeIssue } from './rubric/_issues';

/** A data file that does not validate: what kind of data it is, where it came from, and every problem. */
export class DataFileError extends Error {
  constructor(
    /** What the data is, in Chinese: 评分标准, 目标审核阈值, 监控预警规则. */
    readonly what: string,
    readonly origin: string,
    readonly problems: readonly string[],
  ) {
    super(`${what}无效（${origin}）\n${problems.join('\n')}`);
    this.name = 'DataFileError';
  }
}

/** Chinese for the zod messages `describeIssue` does not word itself. */
const zhMessages = zhCN().localeError;

/**
 * The data, or the problems as `origin: path: message` lines.
 * @example checkDataFile(Thresholds, { tooHardRatio: 0.5 }, 'x.json') // { success: false, problems: ['x.json: tooHardRatio: …'] }
 */
export function checkDataFile<T>(
  schema: z.ZodType<T>,
  data: unknown,
  origin: string,
): { success: true; data: T } | { success: false; problems: string[] } {
  const parsed = schema.safeParse(data, { error: zhMessages, reportInput: true });
  if (parsed.success) return { success: true, data: parsed.data };
  return {
    success: false,
    problems: parsed.error.issues.flatMap(describeIssue).map((i) => `${origin}: ${i.path}: ${i.message}`),
  };
}
