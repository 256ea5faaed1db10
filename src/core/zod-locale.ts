/**
 * Chinese for every zod message a schema does not word itself, set once for the whole program (server, CLI, web):
 * zod's own zh-CN locale still says `object` and `undefined`, so the common cases are worded here.
 */
import { z } from 'zod';
import zhCN from 'zod/v4/locales/zh-CN.js';

const TYPE_NAMES: Record<string, string> = {
  string: '文本',
  number: '数字',
  int: '整数',
  bigint: '整数',
  boolean: '布尔值（true 或 false）',
  object: '对象',
  array: '数组',
  null: '空值',
  undefined: '空',
  date: '日期',
  nan: '非数字',
};

function typeOf(v: unknown): string {
  if (v === null) return '空值';
  if (Array.isArray(v)) return '数组';
  if (typeof v === 'number' && Number.isNaN(v)) return '非数字';
  return TYPE_NAMES[typeof v] ?? '其他类型';
}

const show = (v: unknown) => (typeof v === 'string' ? `“${v}”` : String(v));
const fallback = zhCN().localeError;

/** The Chinese message of one zod issue. */
export function zodMessageZh(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return '缺少此项';
      return `应为${TYPE_NAMES[issue.expected] ?? '其他类型'}，实际为${typeOf(issue.input)}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `应为 ${show(issue.values[0])}`
        : `应为以下之一：${issue.values.map(show).join('、')}`;
    case 'too_small': {
      const n = String(issue.minimum);
      if (issue.origin === 'string') return n === '1' ? '不能为空' : `至少 ${n} 个字符`;
      if (issue.origin === 'array' || issue.origin === 'set') return `至少要有 ${n} 项`;
      return issue.inclusive === false ? `应大于 ${n}` : `不能小于 ${n}`;
    }
    case 'too_big': {
      const n = String(issue.maximum);
      if (issue.origin === 'string') return `最多 ${n} 个字符`;
      if (issue.origin === 'array' || issue.origin === 'set') return `最多 ${n} 项`;
      return issue.inclusive === false ? `应小于 ${n}` : `不能大于 ${n}`;
    }
    case 'invalid_format':
      return '格式不正确';
    case 'not_multiple_of':
      return `应为 ${String(issue.divisor)} 的倍数`;
    case 'unrecognized_keys':
      return `未知的字段：${issue.keys.join('、')}`;
    case 'invalid_key':
      return '字段名无效';
    case 'invalid_element':
      return '包含无效的值';
    case 'invalid_union':
    case 'custom':
      return '格式不正确';
    default: {
      const m = fallback(issue);
      return typeof m === 'string' ? m : (m?.message ?? '格式不正确');
    }
  }
}

z.config({ localeError: zodMessageZh });
