/**
 * The general layout reader: source lines (from text, Word paragraphs or PDF lines) and ready tables to blocks.
 * Finds tables written as text (tab-separated, markdown pipes, flattened one cell per line, wrapped or not) and rebuilds
 * paragraphs from wrapped lines.
 */
import { scanCellLines } from './_cell-lines';
import { cleanText, compactText, displayWidth, endsSentence } from './_chars';
import { roleOf } from './_columns';
import { buildFlatTables, type FlatScan, scanFlatTable } from './_flat';
import type { Block, Origin, ParaBlock, SourceItem, SourceLine, TableBlock } from './_model';
import { isNumberedLine } from './_numbering';
import { parseNumber } from './_values';

/** Usual width of a full line of running text: the 90th percentile of line widths. */
export function typicalWidth(lines: readonly SourceLine[]): number {
  const ws = lines
    .filter((l) => !l.text.includes('\t'))
    .map((l) => displayWidth(l.text))
    .sort((a, b) => a - b);
  if (ws.length === 0) return 0;
  return ws[Math.min(ws.length - 1, Math.floor(ws.length * 0.9))]!;
}

/**
 * True when the text was wrapped at a fixed width (a PDF dump, a text file of short lines): many lines then end
 * within a few columns of the full width. A Word paragraph or a one-line-per-paragraph file is not.
 */
export function isHardWrapped(lines: readonly SourceLine[], bodyWidth: number): boolean {
  if (bodyWidth < 12) return false;
  const texts = lines.filter((l) => !l.text.includes('\t'));
  const full = texts.filter(
    (l) => Math.abs(displayWidth(l.text) - bodyWidth) <= Math.max(2, bodyWidth * 0.08),
  ).length;
  return texts.length >= 8 && full >= texts.length * 0.3;
}

const isPipeRow = (t: string) => /^\s*\|.*\|\s*$/.test(t);
const isPipeRule = (t: string) => /^\s*\|?[\s:|-]+\|?\s*$/.test(t) && t.includes('-');

function splitPipe(t: string): string[] {
  return t
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((c) => cleanText(c));
}

/** Tab-separated lines to rows; a row repeating the first (header) row is dropped: it follows a page break. */
/**
 * A tab row after a blank line whose cells are all column headers (资金来源 | 年度预算数 | 执行数, then 指标名称 | 年度指标值
 * | …): a new table, not a row of the one above, though nothing but the blank line parts them.
 */
function startsTabTable(l: SourceLine, first: SourceLine): boolean {
  // The same header again (a table continued on the next page) goes on with the table it repeats.
  if (!l.blankBefore || compactText(l.text) === compactText(first.text)) return false;
  const cells = l.text
    .split('\t')
    .map((c) => cleanText(c))
    .filter(Boolean);
  return (
    cells.length >= 2 &&
    cells.filter((c) => roleOf(c) !== null).length >= 2 &&
    !cells.some((c) => parseNumber(c) !== null)
  );
}

function tabTable(lines: readonly SourceLine[]): TableBlock {
  const rows: string[][] = [];
  for (const l of lines) {
    const cells = l.text.split('\t').map((c) => cleanText(c));
    if (rows.length > 0 && sameRow(cells, rows[0]!)) continue;
    rows.push(cells);
  }
  return { kind: 'table', rows, origin: lines[0]!.origin, anchor: 'unknown', source: 'tab' };
}

function sameRow(a: readonly string[], b: readonly string[]): boolean {
  const ka = a.join('|').replace(/\|+$/, '').replace(/\s/g, '');
  const kb = b.join('|').replace(/\|+$/, '').replace(/\s/g, '');
  return ka.length > 0 && ka === kb;
}

/**
 * Group lines into paragraphs. A line continues the paragraph before it unless that paragraph ended a sentence
 * on a short line, is a short numbered heading, or reads like a title; numbered lines always start a paragraph.
 */
export function buildParagraphs(
  lines: readonly SourceLine[],
  bodyWidth: number,
  wrapped = true,
): ParaBlock[] {
  const out: ParaBlock[] = [];
  const parts: string[][] = [];
  let cur: ParaBlock | null = null;
  let curParts: string[] = [];
  let prevWidth = 0;
  let prevText = '';
  for (const l of lines) {
    const text = cleanText(l.text.replace(/\t/g, ' '));
    if (!text) continue;
    const w = displayWidth(text);
    const closed =
      !cur ||
      l.heading != null ||
      cur.heading != null ||
      isNumberedLine(text) ||
      (endsSentence(prevText) && (!wrapped || prevWidth < 0.85 * bodyWidth)) ||
      // a numbered line that stops short of the margin is a heading of its own
      (curParts.length === 1 &&
        isNumberedLine(cur.text) &&
        (prevWidth < (wrapped ? 0.8 : 0.6) * bodyWidth || prevWidth <= 16)) ||
      (curParts.length <= 3 && /^附件\s*\d*$|(?:报告|说明|自评表|评价表|情况表)$/.test(curParts.join('')));
    if (closed || !cur) {
      cur = { kind: 'para', text, origin: l.origin };
      if (l.heading != null) cur.heading = l.heading;
      out.push(cur);
      curParts = [text];
      parts.push(curParts);
    } else {
      const spaced = /[A-Za-z0-9,.%]$/.test(prevText) && /^[A-Za-z0-9]/.test(text);
      curParts.push(spaced ? ` ${text}` : text);
    }
    prevWidth = w;
    prevText = text;
  }
  out.forEach((p, i) => {
    const ps = parts[i]!;
    if (ps.length > 1) p.text = cleanText(ps.join(''));
  });
  return out;
}

/**
 * Lay out a document: text tables found among the lines, paragraphs rebuilt between them; tables a reader
 * already recognised pass through.
 */
export function layoutItems(items: readonly SourceItem[]): Block[] {
  const lines = items.filter((x): x is SourceLine => x.kind === 'line');
  const bodyWidth = typicalWidth(lines);
  const wrapped = isHardWrapped(lines, bodyWidth);
  const out: Block[] = [];
  let pending: SourceLine[] = [];
  const flush = () => {
    if (pending.length) out.push(...buildParagraphs(pending, bodyWidth, wrapped));
    pending = [];
  };
  // Flattened tables are read in two passes (their column widths are learned across tables of one header).
  const flatScans: FlatScan[] = [];
  const flatOrigins: Origin[] = [];
  const flatSlots: number[] = [];
  let i = 0;
  const run: SourceLine[] = [];
  const pushRun = () => {
    // consecutive lines of the source (no table block in between) are scanned together
    let k = 0;
    while (k < run.length) {
      const l = run[k]!;
      const t = l.text;
      if (t.includes('\t')) {
        flush();
        let e = k + 1;
        while (e < run.length && run[e]!.text.includes('\t') && !startsTabTable(run[e]!, l)) e++;
        out.push(tabTable(run.slice(k, e)));
        k = e;
        continue;
      }
      if (isPipeRow(t)) {
        let e = k;
        const rows: string[][] = [];
        while (e < run.length && (isPipeRow(run[e]!.text) || isPipeRule(run[e]!.text))) {
          if (!isPipeRule(run[e]!.text)) rows.push(splitPipe(run[e]!.text));
          e++;
        }
        if (rows.length >= 2) {
          flush();
          out.push({ kind: 'table', rows, origin: l.origin, anchor: 'unknown', source: 'pipe' });
          k = e;
          continue;
        }
      }
      if (displayWidth(t.trim()) <= 6 && /^序/.test(t.trim())) {
        const scan = scanFlatTable(run, k, bodyWidth);
        if (scan) {
          flush();
          flatScans.push(scan);
          flatOrigins.push(l.origin);
          flatSlots.push(out.length);
          out.push({ kind: 'table', rows: [], origin: l.origin, anchor: 'unknown', source: 'flat' });
          k = scan.end;
          continue;
        }
      }
      const cells = scanCellLines(run, k, bodyWidth);
      if (cells) {
        flush();
        out.push(cells.table);
        k = cells.end;
        continue;
      }
      pending.push(l);
      k++;
    }
    run.length = 0;
  };
  for (; i < items.length; i++) {
    const it = items[i]!;
    if (it.kind === 'line') {
      run.push(it);
      continue;
    }
    pushRun();
    flush();
    out.push(it);
  }
  pushRun();
  flush();
  const built = buildFlatTables(flatScans, flatOrigins);
  flatSlots.forEach((slot, k) => {
    out[slot] = built[k]!;
  });
  return out;
}
