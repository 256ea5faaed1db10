/**
 * The one rule for text that enters the system: no NUL or other C0 controls (tab, LF and CR are text), no U+FFFE or
 * U+FFFF, no lone surrogates, and no text made only of invisible characters. Nobody can type these; they break XML
 * (the .docx and .xlsx) and PostgreSQL. What a person typed is refused with a message, never silently changed.
 */
import { z } from 'zod';
import './zod-locale';

/** A UTF-16 unit XML 1.0 cannot hold at all: C0 controls but tab, LF and CR; U+FFFE, U+FFFF (surrogates apart). */
const isForbiddenUnit = (c: number) =>
  (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0xfffe || c === 0xffff;
/** Any unit that may be refused (a surrogate may be half of a valid pair): the fast test before counting. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is what it is for
const SUSPECT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
/** Whitespace, format characters (zero-width, bidi marks, soft hyphen) and the blank-looking fillers. */
const INVISIBLE_ONLY = /^(?:[\s\p{Cf}\u115F\u1160\u2800\u3164\uFFA0]|\u034F|[\uFE00-\uFE0F])+$/u;

/** `U+0000`: a code point as it is written in messages. */
export const codePointName = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * The first character text may not hold: its position (1-based, counted in characters) and code point, or null.
 * @example unsafeCharOf('南洲\u0000') // { position: 3, codePoint: 0 }
 */
export function unsafeCharOf(s: string): { position: number; codePoint: number } | null {
  if (!SUSPECT.test(s)) return null;
  let position = 0;
  for (let i = 0; i < s.length; i++) {
    position++;
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      return { position, codePoint: c };
    }
    if ((c >= 0xdc00 && c <= 0xdfff) || isForbiddenUnit(c)) return { position, codePoint: c };
  }
  return null;
}

/**
 * What is wrong with a text, as a Chinese sentence starting with `label` (the field's name), or null when it is fine.
 * @example textProblem('\u200b\u200b', '部门名称') // '部门名称只有不可见字符（U+200B），请输入可见的文字'
 */
export function textProblem(s: string, label = ''): string | null {
  const bad = unsafeCharOf(s);
  if (bad)
    return `${label}包含不可见或控制字符（第 ${bad.position} 个字符 ${codePointName(bad.codePoint)}），请删除后重试`;
  const t = s.trim();
  if (t && INVISIBLE_ONLY.test(t))
    return `${label}只有不可见字符（${codePointName(t.codePointAt(0)!)}），请输入可见的文字`;
  return null;
}

/** A zod check for `z.string().superRefine(…)`: the problem of `textProblem`, naming the field. */
export const checkText =
  (label = '') =>
  (s: string, ctx: z.RefinementCtx) => {
    const problem = textProblem(s, label);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, input: s });
  };

/**
 * A string as it may come in, trimmed; `label` names the field in the message (`部门名称包含不可见或控制字符…`).
 * @example safeText('部门名称').min(1, { error: '部门名称不能为空' })
 */
export const safeText = (label = '') => z.string().superRefine(checkText(label)).trim();

/** A string of a JSON value that breaks the rule: where, and whether it is an object's key rather than a value. */
export interface UnsafeString {
  path: (string | number)[];
  text: string;
  key: boolean;
}

/**
 * Each string (and object key) of a JSON value that breaks the rule, at most `limit`; the message is
 * `textProblem(text, label)` with the field's name.
 * @example unsafeStrings({ a: ['x\u0000'] }) // [{ path: ['a', 0], text: 'x\u0000', key: false }]
 */
export function unsafeStrings(value: unknown, limit = 20): UnsafeString[] {
  interface Node {
    v: unknown;
    key: string | number | null;
    up: Node | null;
  }
  // Iterative, and each node keeps only its parent: deep nesting costs neither stack nor copied paths.
  const pathOf = (n: Node | null) => {
    const p: (string | number)[] = [];
    for (let x = n; x && x.key !== null; x = x.up) p.push(x.key);
    return p.reverse();
  };
  const out: UnsafeString[] = [];
  const stack: Node[] = [{ v: value, key: null, up: null }];
  while (stack.length && out.length < limit) {
    const node = stack.pop()!;
    const v = node.v;
    if (typeof v === 'string') {
      if (textProblem(v)) out.push({ path: pathOf(node), text: v, key: false });
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ v: v[i], key: i, up: node });
    } else if (v !== null && typeof v === 'object') {
      const keys = Object.keys(v);
      for (let i = keys.length - 1; i >= 0; i--) {
        const k = keys[i]!;
        if (unsafeCharOf(k)) out.push({ path: pathOf(node), text: k, key: true });
        else stack.push({ v: (v as Record<string, unknown>)[k], key: k, up: node });
      }
    }
  }
  return out;
}

/**
 * Text XML can hold: the characters XML 1.0 forbids dropped. Only for writing documents already stored, so that one
 * bad string cannot make a whole report unreadable; input is refused by `textProblem` instead.
 * @example xmlSafe('指标\uFFFE名称') // '指标名称'
 */
export function xmlSafe(s: string): string {
  if (unsafeCharOf(s) === null) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) out += s[i]! + s[++i]!;
    } else if (!(c >= 0xdc00 && c <= 0xdfff) && !isForbiddenUnit(c)) out += s[i]!;
  }
  return out;
}

/** Every string of a JSON-like value through `xmlSafe` (object keys too); the value itself when nothing changes. */
export function xmlSafeDeep<T>(value: T): T {
  if (typeof value === 'string') return xmlSafe(value) as T;
  if (Array.isArray(value)) {
    const out = value.map(xmlSafeDeep);
    return (out.some((v, i) => v !== value[i]) ? out : value) as T;
  }
  if (value === null || typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype)
    return value;
  let changed = false;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    const key = xmlSafe(k);
    const next = xmlSafeDeep(v);
    if (key !== k || next !== v) changed = true;
    out[key] = next;
  }
  return (changed ? out : value) as T;
}
