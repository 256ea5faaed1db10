import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMMON_PASSWORDS } from './common';
import { countRuns, isSimplePattern } from './patterns';
import { checkPassword, passwordProblem } from './policy';

const codes = (pw: string, username?: string) => checkPassword(pw, { username }).map((i) => i.code);

describe('checkPassword', () => {
  it.each([
    ['short1', 'password_too_short', '密码至少 10 个字符'],
    ['          ', 'password_blank', '密码不能全部是空白字符'],
    ['\t \u3000 \n   ', 'password_blank', '密码不能全部是空白字符'],
    ['a'.repeat(201), 'password_too_long', '密码最多 200 个字符'],
    ['12345678901', 'password_pattern', null],
    ['qwertyuiop', 'password_pattern', null],
    ['1qaz2wsx3edc', 'password_pattern', null],
    ['aaaaaaaaaa', 'password_pattern', null],
    ['0987654321', 'password_pattern', null],
    ['9876543210987', 'password_pattern', null],
    ['zxcvbnm,./;', 'password_pattern', null],
    ['abcdefghijkl', 'password_pattern', null],
    ['123qweasdzxc', 'password_pattern', null],
    ['asdfasdfasdf', 'password_pattern', null],
    ['1212121212', 'password_pattern', null],
    ['password123', 'password_common', '这是最常见的密码之一，很容易被猜中，请换一个'],
    ['Password1234', 'password_common', null],
    ['P@ssw0rd2024', 'password_common', null],
    ['iloveyou2023', 'password_common', null],
    ['woaini1314', 'password_common', null],
    ['jixiao123456', 'password_common', null],
    ['!!dragon!!', 'password_common', null],
  ])('refuses %j with %s', (pw, code, message) => {
    const issues = checkPassword(pw);
    expect(issues.map((i) => i.code)).toContain(code);
    if (message) expect(issues.find((i) => i.code === code)?.message).toBe(message);
  });

  it.each([
    ['li-hua-2023', 'li'],
    ['zhangsan', 'zhangsan'],
  ])('refuses a password that is or contains the username, in any case (%s)', (username) => {
    expect(codes('ZhangSan-Review', 'zhangsan')).toContain('password_is_username');
    expect(codes(`${username.toUpperCase()}xK#9qm`, username)).toContain('password_is_username');
  });

  it('does not treat a two-letter username as contained in every password', () => {
    expect(codes('li-orchard-97', 'li')).toEqual([]);
    expect(codes('li', 'li')).toContain('password_too_short');
  });

  it.each([
    'Xq7!rt9Lm2',
    'correct horse battery',
    'hainan-coconut-47',
    '月亮河上的小船2023',
    'e2e-user-pass',
  ])('accepts %j', (pw) => {
    expect(checkPassword(pw, { username: 'someone' })).toEqual([]);
    expect(passwordProblem(pw)).toBeNull();
  });

  it('counts characters, not UTF-16 units: ten Chinese characters are long enough', () => {
    expect(codes('春眠不觉晓处处闻啼鸟')).toEqual([]);
    expect(codes('春眠不觉晓处处闻')).toEqual(['password_too_short']);
  });

  it('refuses every listed common password of 10 characters or more, and every listed one padded with 12', () => {
    for (const pw of COMMON_PASSWORDS.filter((p) => p.length >= 10))
      expect(passwordProblem(pw)).not.toBeNull();
    for (const pw of COMMON_PASSWORDS.filter((p) => /[a-z]/.test(p) && p.length >= 2))
      expect(passwordProblem(`${pw}12`.padEnd(10, '9'))).not.toBeNull();
  });

  it('refuses any single character repeated, whatever the length', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 1 }), fc.integer({ min: 10, max: 60 }), (c, n) => {
        fc.pre(c.trim() !== '');
        expect(codes(c.repeat(n))).toEqual(['password_pattern']);
      }),
    );
  });

  it('refuses an accepted password once the username is put inside it', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[a-z][a-z0-9]{3,11}$/),
        fc.stringMatching(/^[A-Za-z0-9#%&*]{10,16}$/),
        fc.nat(16),
        (username, pw, at) => {
          fc.pre(checkPassword(pw, { username }).length === 0);
          const i = at % (pw.length + 1);
          expect(codes(pw.slice(0, i) + username + pw.slice(i), username)).toContain('password_is_username');
        },
      ),
    );
  });
});

describe('runs', () => {
  it.each([
    ['1234567890', 1],
    ['1234567890qwertyuiop', 2],
    ['aaaabbbb', 2],
    ['abc123xyz9', 4],
  ])('%s splits into %i runs', (s, n) => {
    expect(countRuns(s)).toBe(n);
  });

  it('sees no pattern in mixed text', () => {
    expect(isSimplePattern('Xq7!rt9Lm2')).toBe(false);
    expect(isSimplePattern('zxcvbnm,./')).toBe(true);
  });
});
