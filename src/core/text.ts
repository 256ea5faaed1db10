/** Text normalisation shared by the parsers: full-width to half-width, operator spellings, thousands separators. */
import { memoizeString } from './_memo';

const FULL_WIDTH = /[\uFF01-\uFF5E]/g;

/** Full-width ASCII (０-９, ％, ＞, （ …) to half-width; the ideographic space to a plain space. */
export function toHalfWidth(s: string): string {
  return s.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/** One spelling per comparison operator: ≥ ≤ > < =. */
export function normalizeOperators(s: string): string {
  return s
    .replace(/≧|>=|=>|⩾/g, '≥')
    .replace(/≦|<=|=<|⩽/g, '≤')
    .replace(/＝/g, '=');
}

/** Remove thousands separators inside numbers: `43,717.66` → `43717.66`, `11, 476` stays split. */
export function stripThousands(s: string): string {
  let prev: string;
  let out = s;
  do {
    prev = out;
    out = out.replace(/(\d),(\d{3})(?!\d)/g, '$1$2');
  } while (out !== prev);
  return out;
}

/** Everything above, and all white space removed: the form parsers match against. */
export function normalizeForParse(s: string): string {
  return stripThousands(normalizeOperators(toHalfWidth(s)))
    .replace(/\s+/g, '')
    .replace(/。$/, '');
}

/** Name key for matching names across documents: no quotes, spaces or brackets, half-width. */
export const nameKey: (s: string) => string = memoizeString((s) =>
  toHalfWidth(s).replace(/[\s"'“”‘’「」『』《》()（）【】[\]·、，,.。:：;；]/g, ''),
);

/** Key of an indicator level name: `产出指标`, `产出` and ` 产出 指标` all give `产出`. */
export const levelKey: (s: string) => string = memoizeString((s) => nameKey(s).replace(/指标$/, ''));
