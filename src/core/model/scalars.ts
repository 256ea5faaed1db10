/** The number fields of every document: amounts in 万元 (signed or not), percentages and rubric points. */
import { z } from 'zod';
import { isFenPrecise, MAX_WAN } from '../money';
import '../zod-locale';

/** An amount in 万元: non-negative, at most 1 亿万元, no finer than 分 (6 decimals). */
export const Amount = z
  .number({ error: '应为数字（万元）' })
  .finite()
  .min(0, { error: '金额不能为负数' })
  .max(MAX_WAN, { error: `金额超过 ${MAX_WAN} 万元，不合常理` })
  .refine(isFenPrecise, { error: '金额精度不能超过分（万元最多 6 位小数）' });

/** A signed amount in 万元 (a change, a difference). */
export const SignedAmount = z
  .number({ error: '应为数字（万元）' })
  .finite()
  .min(-MAX_WAN, { error: `金额超过 ${MAX_WAN} 万元，不合常理` })
  .max(MAX_WAN, { error: `金额超过 ${MAX_WAN} 万元，不合常理` })
  .refine(isFenPrecise, { error: '金额精度不能超过分（万元最多 6 位小数）' });

/** A percentage as written (99.56 means 99.56%); bounded to catch a ratio typed as percent or worse. */
export const Percent = z
  .number({ error: '应为数字（百分比）' })
  .finite()
  .min(-1000, { error: '百分比不合常理' })
  .max(1000, { error: '百分比不合常理' });

/** Points on a rubric: 0 to 100. */
export const Points = z
  .number({ error: '应为数字（分）' })
  .finite()
  .min(0, { error: '分数不能为负数' })
  .max(100, { error: '分数不能超过 100 分' });
