/** Plain text to source lines: newlines, markdown marks and page-number debris removed, line numbers kept. */
import type { SourceLine } from './_model';

const PAGE_NUMBER = /^[-—–－\s]*(?:第\s*)?\d{1,4}\s*(?:页)?(?:\s*[/／共]\s*\d{1,4}\s*页?)?[-—–－\s]*$/;
const DASHED_PAGE = /^[-—–－]\s*\d{1,4}\s*[-—–－]$/;

/**
 * Split text into lines; drop blank lines and page numbers; strip markdown heading and emphasis marks. A line
 * after blank lines counts them in `blankBefore` (an empty cell of a table written one cell per line).
 */
export function splitSourceLines(text: string): SourceLine[] {
  const out: SourceLine[] = [];
  const raw = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  let blank = 0;
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i] ?? '';
    if (!r.replace(/[\u00a0\u3000\f]/g, ' ').trim()) {
      blank++;
      continue;
    }
    const line = toSourceLine(r, i + 1);
    if (!line) continue;
    if (blank > 0) line.blankBefore = blank;
    blank = 0;
    out.push(line);
  }
  return out;
}

/** One raw line to a source line, or null when it carries nothing (blank, a page number, a rule). */
export function toSourceLine(raw: string, lineNo: number): SourceLine | null {
  let s = raw.replace(/[\u00a0\u3000]/g, ' ').replace(/\f/g, '');
  if (!s.trim()) return null;
  const trimmed = s.trim();
  if (DASHED_PAGE.test(trimmed) || (PAGE_NUMBER.test(trimmed) && /[-—–－页]/.test(trimmed))) return null;
  if (/^[-=*_—]{3,}$/.test(trimmed)) return null;
  let heading: number | undefined;
  const md = /^\s*(#{1,6})\s+/.exec(s);
  if (md) {
    heading = md[1]!.length;
    s = s.slice(md[0].length);
  }
  s = s.replace(/\*\*|__/g, '').replace(/^\s*>\s?/, '');
  if (!s.includes('\t')) s = s.trim();
  else s = s.replace(/^ +| +$/g, '');
  if (!s.replace(/\t/g, '').trim()) return null;
  const line: SourceLine = { kind: 'line', text: s, origin: { line: lineNo } };
  if (heading != null) line.heading = heading;
  return line;
}
