/** The report as Markdown for previews: the same blocks as the .docx, tables as pipe tables. */

import { escapeMarkdown, escapeMarkdownCell } from '../../core/html';
import type { Evaluation } from '../../core/model';
import type { ScoreResult } from '../../core/rubric';
import type { Block, TableBlock } from './_blocks';
import type { ReportExtras } from './_context';
import { buildReport } from './outline';

/** A heading or title is one line: a line break in the text would end it. */
const oneLine = (s: string) => escapeMarkdown(s.replace(/\s*[\r\n]+\s*/g, ' '));

const RULE = { left: ':---', center: ':---:', right: '---:' } as const;

/** Merged cells cannot span in Markdown: the covered cells stay empty, as the merge reads on paper. */
function tableMd(t: TableBlock): string {
  const head = `| ${t.columns.map((c) => escapeMarkdownCell(c.header)).join(' | ')} |`;
  const rule = `| ${t.columns.map((c) => RULE[c.align ?? 'left']).join(' | ')} |`;
  const rows = t.rows.map((r) => {
    const cells = r.cells.map((c) =>
      c === null ? '' : r.total && c.text ? `**${escapeMarkdownCell(c.text)}**` : escapeMarkdownCell(c.text),
    );
    return `| ${cells.join(' | ')} |`;
  });
  const note = t.note ? `\n\n${escapeMarkdown(t.note)}` : '';
  return `**${oneLine(`${t.number} ${t.title}`)}**\n\n${[head, rule, ...rows].join('\n')}${note}`;
}

function blockMd(b: Block): string {
  switch (b.kind) {
    case 'title':
      return `# ${oneLine(b.text)}`;
    case 'heading':
      return `${'#'.repeat(b.level + 1)} ${oneLine(b.text)}`;
    case 'paragraph':
      return escapeMarkdown(b.text);
    case 'list':
      return b.items.map((item, i) => `${i + 1}. ${oneLine(item)}`).join('\n');
    case 'table':
      return tableMd(b);
  }
}

export function renderBlocksMarkdown(blocks: readonly Block[]): string {
  return `${blocks.map(blockMd).join('\n\n')}\n`;
}

/** The report as Markdown. */
export function renderMarkdown(e: Evaluation, score: ScoreResult | null, extras: ReportExtras = {}): string {
  return renderBlocksMarkdown(buildReport(e, score, extras));
}
