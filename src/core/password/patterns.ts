/** Whether a password is only a repeat or a walk along the keyboard or the digits ("1qaz2wsx3edc", "aaaaaaaaaa"). */

/** Rows, columns and zig-zags of a US keyboard, the digits (wrapping 9 → 0) and the alphabet; read both ways. */
const SEQUENCES: readonly string[] = [
  '01234567890123456789',
  'abcdefghijklmnopqrstuvwxyz',
  '`1234567890-=',
  '~!@#$%^&*()_+',
  'qwertyuiop[]\\',
  "asdfghjkl;'",
  'zxcvbnm,./',
  "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik,9ol.0p;/-['=]",
  'qazwsxedcrfvtgbyhnujmikolp',
  'zaq1xsw2cde3vfr4bgt5nhy6mju7,ki8.lo9/;p0',
  '1q2w3e4r5t6y7u8i9o0p',
  'q1w2e3r4t5y6u7i8o9p0',
  'a1s2d3f4g5h6j7k8l9',
];
const BOTH_WAYS = [...SEQUENCES, ...SEQUENCES.map((s) => [...s].reverse().join(''))];

/** Length of the longest piece of `s` at `i` that is one character repeated or a piece of a sequence. */
function runAt(s: string, i: number): number {
  let repeat = 1;
  while (s[i + repeat] === s[i]) repeat++;
  let walk = 1;
  for (const seq of BOTH_WAYS) {
    let n = walk + 1;
    while (i + n <= s.length && seq.includes(s.slice(i, i + n))) n++;
    walk = Math.max(walk, n - 1);
  }
  return Math.max(repeat, walk);
}

/**
 * How many runs (repeats or keyboard/digit/alphabet walks) the text splits into, taking the longest run each time.
 * @example countRuns('1234567890qwertyuiop') // 2
 */
export function countRuns(text: string): number {
  const s = text.toLowerCase();
  let runs = 0;
  for (let i = 0; i < s.length; i += runAt(s, i)) runs++;
  return runs;
}

/** True when the text is made of a short block repeated ("abcabcabc", "1212121212"). */
export function isRepeatedBlock(text: string): boolean {
  const s = text.toLowerCase();
  for (let size = 1; size <= 4 && size * 2 <= s.length; size++) {
    if (s.length % size === 0 && s.slice(0, size).repeat(s.length / size) === s) return true;
  }
  return false;
}

/**
 * True when the password is nothing but runs: one or two, or runs of three characters or more on average
 * ("123qweasdzxc"), or a short block repeated.
 * @example isSimplePattern('1qaz2wsx3edc') // true
 * @example isSimplePattern('Xq7!rt9Lm2') // false
 */
export function isSimplePattern(password: string): boolean {
  if (password.length === 0) return false;
  if (isRepeatedBlock(password)) return true;
  const runs = countRuns(password);
  return runs <= 2 || password.length / runs >= 3;
}
