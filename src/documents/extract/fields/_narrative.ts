/**
 * Narrative parts read from the outline: a section's text by its heading, and 部门职能 as one entry per duty whether
 * the duties are numbered paragraphs, running text or a table (序号 | 职责内容), so every format reads the same.
 */
import { compactText } from '../layout/_chars';
import type { ParaBlock, TableBlock } from '../layout/_model';
import { allSections, type Section, sectionTexts } from '../layout/_outline';

/** The text under the first heading matching `re` (the heading itself left out), at most 4000 characters. */
export function sectionText(root: Section, re: RegExp): string | null {
  const s = allSections(root).find((x) => x.title && re.test(compactText(x.title)));
  if (!s) return null;
  const text = sectionTexts(s).slice(1).join('\n').trim();
  return text ? text.slice(0, 4000) : null;
}

/** A caption (表 1-1 部门主要职责) or a sentence pointing at the table (具体见表 1-1) is not a duty. */
const CAPTION = /^表\s*[\d一二三四五六七八九十]|见表\s*[\d一二三四五六七八九十]/;
const HEADER = /序号|职责|内容|职能/;

/**
 * Duties written as a table: the column with the most text, rows without a number in a number column joined to
 * the duty before them (a duty wrapped over rows or a page), header rows (repeated after a page break) left out.
 */
export function dutiesOfTable(t: TableBlock): string[] {
  const rows = t.rows.filter((r) => r.some((c) => c.trim()));
  const width = Math.max(0, ...rows.map((r) => r.length));
  if (width === 0) return [];
  const length = (k: number) => rows.reduce((n, r) => n + compactText(r[k] ?? '').length, 0);
  let text = 0;
  for (let k = 1; k < width; k++) if (length(k) > length(text)) text = k;
  const numbered = text > 0 && rows.some((r) => /^\d{1,3}[.、．]?$/.test(compactText(r[0] ?? '')));
  const out: string[] = [];
  let last: string | null = null;
  for (const r of rows) {
    const cell = (r[text] ?? '').trim();
    const no = compactText(r[0] ?? '');
    if (HEADER.test(compactText(r.join(''))) && compactText(r.join('')).length <= 12) continue;
    if (!cell) continue;
    const opens = !numbered || (/^\d{1,3}[.、．]?$/.test(no) && no !== last);
    if (opens || out.length === 0) out.push(cell);
    else out[out.length - 1] += cell;
    if (numbered && no) last = no;
  }
  return out;
}

/** 部门职能: one entry per duty (table rows, numbered sub-sections, or paragraphs of running text). */
export function functionsOf(root: Section): string[] {
  const s = allSections(root).find((x) => x.title && /部门职能|主要职责|部门职责/.test(compactText(x.title)));
  if (!s) return [];
  const tables = s.blocks.filter((b): b is TableBlock => b.kind === 'table');
  const fromTables = tables.flatMap(dutiesOfTable);
  const numbered = s.children.map((c) => sectionTexts(c).join('')).filter(Boolean);
  const texts = fromTables.length
    ? fromTables
    : numbered.length
      ? numbered
      : s.blocks
          .filter((b): b is ParaBlock => b.kind === 'para')
          .map((b) => b.text.trim())
          .filter((t) => !CAPTION.test(t));
  return texts.filter(Boolean).slice(0, 60);
}
