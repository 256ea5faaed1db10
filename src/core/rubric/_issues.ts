/** Problems in a rubric file as Chinese lines naming the JSON path: `root.children[1].params.treshold: 未知参数`. */
import type { z } from 'zod';

/** `['root', 'children', 1, 'params']` → `root.children[1].params`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let s = '';
  for (const p of path) s += typeof p === 'number' ? `[${p}]` : s ? `.${String(p)}` : String(p);
  return s || '(根)';
}

const TYPE_NAMES: Record<string, string> = {
  string: '文本',
  number: '数字',
  int: '整数',
  boolean: '布尔值',
  object: '对象',
  array: '数组',
  null: 'null',
};

function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return '数组';
  return TYPE_NAMES[typeof v] ?? typeof v;
}

/** The value of a field of an object, or undefined. */
function fieldOf(v: unknown, key: string): unknown {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? Reflect.get(v, key) : undefined;
}

const show = (v: unknown) => JSON.stringify(v) ?? String(v);

/** One Zod issue as lines of `path: message` (an unknown-keys issue gives one line per key). */
export function describeIssue(issue: z.core.$ZodIssue): Array<{ path: string; message: string }> {
  const at = (message: string, path: readonly PropertyKey[] = issue.path) => ({
    path: formatPath(path),
    message,
  });
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((k) =>
        at(issue.path.at(-1) === 'params' ? '未知参数' : '未知字段', [...issue.path, k]),
      );
    case 'invalid_type':
      return [
        at(
          issue.input === undefined
            ? '缺少此项'
            : `应为${TYPE_NAMES[issue.expected] ?? issue.expected}，实际为${typeName(issue.input)}`,
        ),
      ];
    case 'invalid_value':
      return [at(`应为 ${issue.values.map(show).join('、')} 之一，实际为 ${show(issue.input)}`)];
    case 'invalid_union':
      if (issue.discriminator) {
        const options = 'options' in issue && issue.options ? `（可用：${issue.options.join('、')}）` : '';
        const value = fieldOf(issue.input, issue.discriminator);
        const what = value === undefined ? '缺少类型' : `未知的类型 ${show(value)}`;
        return [at(`${what}${options}`)];
      }
      return [at(issue.message)];
    case 'too_small':
      if (issue.origin === 'array') return [at(`至少要有 ${issue.minimum} 项`)];
      return [at(issue.inclusive === false ? `应大于 ${issue.minimum}` : `不能小于 ${issue.minimum}`)];
    case 'too_big':
      if (issue.origin === 'array') return [at(`最多 ${issue.maximum} 项`)];
      return [at(issue.inclusive === false ? `应小于 ${issue.maximum}` : `不能大于 ${issue.maximum}`)];
    default:
      return [at(issue.message)];
  }
}
