import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { safeText, textProblem, unsafeCharOf, unsafeStrings, xmlSafe, xmlSafeDeep } from './safe-text';

describe('textProblem: the one rule for text that comes in', () => {
  it.each([
    ['南洲\u0000街道', '部门名称包含不可见或控制字符（第 3 个字符 U+0000），请删除后重试'],
    ['a\u0007', '部门名称包含不可见或控制字符（第 2 个字符 U+0007），请删除后重试'],
    ['指标\uFFFE', '部门名称包含不可见或控制字符（第 3 个字符 U+FFFE），请删除后重试'],
    ['\uFFFF', '部门名称包含不可见或控制字符（第 1 个字符 U+FFFF），请删除后重试'],
    ['名\ud800称', '部门名称包含不可见或控制字符（第 2 个字符 U+D800），请删除后重试'],
    ['\udc00', '部门名称包含不可见或控制字符（第 1 个字符 U+DC00），请删除后重试'],
    ['\u200b\u200b', '部门名称只有不可见字符（U+200B），请输入可见的文字'],
    ['\u200d\ufeff\u2060', '部门名称只有不可见字符（U+200D），请输入可见的文字'],
    ['\u3164', '部门名称只有不可见字符（U+3164），请输入可见的文字'],
  ])('refuses %j', (s, message) => {
    expect(textProblem(s, '部门名称')).toBe(message);
  });

  it.each([
    '南洲街道',
    '第一行\n第二行\r\n\t缩进',
    '',
    '   ',
    '\u00a0',
    '表情 😀 与 𠀀 字',
    '名\u200b称',
    'é',
  ])('accepts %j (tabs, line breaks, emoji, rare characters, a zero-width space inside a name)', (s) => {
    expect(textProblem(s)).toBeNull();
  });

  it('counts characters, not UTF-16 units: an emoji before the NUL is one character', () => {
    expect(unsafeCharOf('😀\u0000')).toEqual({ position: 2, codePoint: 0 });
  });

  it('xmlSafe keeps exactly the text that passes the rule, and drops only what XML 1.0 forbids', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const out = xmlSafe(s);
        expect(unsafeCharOf(out)).toBeNull();
        if (unsafeCharOf(s) === null) expect(out).toBe(s);
        expect(out.length).toBeLessThanOrEqual(s.length);
      }),
    );
    expect(xmlSafe('指标\uFFFE名\u0000称\ud800')).toBe('指标名称');
    expect(xmlSafe('😀')).toBe('😀');
  });

  it('xmlSafeDeep cleans nested strings and keys, and returns the same object when nothing changes', () => {
    const clean = { a: ['x', { b: 'y' }] };
    expect(xmlSafeDeep(clean)).toBe(clean);
    expect(xmlSafeDeep({ 'k\u0000': ['\uFFFEv'], n: 1 })).toEqual({ k: ['v'], n: 1 });
  });
});

describe('unsafeStrings', () => {
  it('finds values and keys at any depth, with their paths, without recursion', () => {
    let deep: unknown = 'x\u0000';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(unsafeStrings(deep)[0]?.path.length).toBe(100_000);
    expect(unsafeStrings({ a: { 'b\ufffe': 1 }, c: ['ok', '\ud800'] })).toEqual([
      { path: ['a'], text: 'b\ufffe', key: true },
      { path: ['c', 1], text: '\ud800', key: false },
    ]);
  });
});

describe('safeText', () => {
  it('refuses with the field named and trims what it accepts', () => {
    const s = safeText('姓名').min(1, { error: '姓名不能为空' });
    expect(s.parse('  张三 ')).toBe('张三');
    const r = s.safeParse('张\u0000三');
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe('姓名包含不可见或控制字符（第 2 个字符 U+0000），请删除后重试');
  });

  it('gives zod messages in Chinese for what the schema does not word itself', () => {
    const r = z
      .object({ n: z.number(), s: z.string().max(2), o: z.object({}) })
      .safeParse({ s: 'abc', o: 1 });
    expect(r.error?.issues.map((i) => i.message)).toEqual([
      '缺少此项',
      '最多 2 个字符',
      '应为对象，实际为数字',
    ]);
  });
});
