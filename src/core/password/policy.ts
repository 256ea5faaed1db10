/** The password policy, once for the server and the browser: records with a code and the same Chinese sentence. */
import { defineMessages, renderMessage } from '../messages';
import { COMMON_PASSWORDS } from './common';
import { countRuns, isSimplePattern } from './patterns';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

export type PasswordIssueCode =
  | 'password_blank'
  | 'password_too_short'
  | 'password_too_long'
  | 'password_is_username'
  | 'password_common'
  | 'password_pattern';

export interface PasswordIssue {
  code: PasswordIssueCode;
  params: Record<string, number | string>;
  message: string;
}

defineMessages({
  password_blank: () => '密码不能全部是空白字符',
  password_too_short: (p) => `密码至少 ${p.min} 个字符`,
  password_too_long: (p) => `密码最多 ${p.max} 个字符`,
  password_is_username: () => '密码不能是用户名，也不能包含用户名',
  password_common: () => '这是最常见的密码之一，很容易被猜中，请换一个',
  password_pattern: () => '密码不能只是重复的字符或键盘、数字、字母的连续序列（如 1234567890、qwertyuiop）',
});

const COMMON = new Set(COMMON_PASSWORDS);
/** Look-alike digits and symbols people put in words: p@ssw0rd → password. */
const LEET: Record<string, string> = {
  '@': 'a',
  '4': 'a',
  '0': 'o',
  '1': 'i',
  '!': 'i',
  '3': 'e',
  $: 's',
  '5': 's',
  '7': 't',
};
const unleet = (s: string) => s.replace(/[@401!3$57]/g, (c) => LEET[c] ?? c);

/** An affix that adds little: a few digits or symbols, a year, or one or two runs ("123", "2024", "!!"). */
function isWeakAffix(a: string): boolean {
  if (a === '') return true;
  if (/^[^a-z]*$/.test(a) && (a.length <= 4 || /^[^0-9]{0,2}(19|20)\d\d[^0-9]{0,2}$/.test(a))) return true;
  return countRuns(a) <= 2;
}

/** A common password with only a weak affix around it ("iloveyou2024", "P@ssw0rd123", "woaini131412"). */
function isCommonWithAffix(lower: string): boolean {
  for (const c of COMMON_PASSWORDS) {
    if (c.length < 3) continue;
    const at = lower.indexOf(c);
    if (at >= 0 && isWeakAffix(lower.slice(0, at)) && isWeakAffix(lower.slice(at + c.length))) return true;
  }
  // Look-alikes only inside the letters: the digits around them stay digits (p@ssw0rd123 → password + 123).
  const core = lower.replace(/^[^a-z]+/, '').replace(/[^a-z]+$/, '');
  if (core.length < 2 || !COMMON.has(unleet(core))) return false;
  const at = lower.indexOf(core);
  return isWeakAffix(lower.slice(0, at)) && isWeakAffix(lower.slice(at + core.length));
}

function isCommon(password: string): boolean {
  const lower = password.trim().toLowerCase();
  return COMMON.has(lower) || COMMON.has(unleet(lower)) || isCommonWithAffix(lower);
}

function issue(code: PasswordIssueCode, params: PasswordIssue['params'] = {}): PasswordIssue {
  return { code, params, message: renderMessage(code, params) };
}

/**
 * Every way the password breaks the policy (empty when it is acceptable): at least 10 characters, not only
 * whitespace, not the username nor containing it, not a common password, not a mere run or repeat.
 * @example checkPassword('12345678901', { username: 'li' })[0]?.message // '密码不能只是重复的字符或…'
 */
export function checkPassword(password: string, opts: { username?: string | null } = {}): PasswordIssue[] {
  const issues: PasswordIssue[] = [];
  const length = [...password].length;
  if (password.trim() === '') issues.push(issue('password_blank'));
  if (length < PASSWORD_MIN_LENGTH) issues.push(issue('password_too_short', { min: PASSWORD_MIN_LENGTH }));
  if (length > PASSWORD_MAX_LENGTH) issues.push(issue('password_too_long', { max: PASSWORD_MAX_LENGTH }));
  if (issues.length) return issues;
  const lower = password.toLowerCase();
  const username = opts.username?.trim().toLowerCase() ?? '';
  if (username && (lower === username || (username.length >= 3 && lower.includes(username))))
    issues.push(issue('password_is_username'));
  // A run or a repeat is named as such (more telling than "common", which would also be true of it).
  if (isSimplePattern(password.trim())) issues.push(issue('password_pattern'));
  else if (isCommon(password)) issues.push(issue('password_common'));
  return issues;
}

/** The first problem's sentence, or null when the password is acceptable (for form fields). */
export function passwordProblem(password: string, opts: { username?: string | null } = {}): string | null {
  return checkPassword(password, opts)[0]?.message ?? null;
}
