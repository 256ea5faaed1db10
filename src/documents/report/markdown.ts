/** The report as Markdown for previews: the same blocks as the .docx, tables as pipe tables. */
import type { Evaluation } from '../../core/model';
import type { ScoreResult } from '../../core/rubric';
import type { Block, TableBlock } from './_blocks';
import { buildReport } from './outline';

/** Escape what would break a pipe-table cell or start Markdown syntax. */
function cellText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\n/g, '<br>');
}

function inline(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/([*_`[\]<>#|])/g, '\\$1');
}

const RULE = { left: ':---', center: ':---:', right: '---:' } as const;

/** Merged cells cannot span in Markdown: the covered cells stay empty, as the merge reads on paper. */
function tableMd(t: TableBlock): string {
  const head = `| ${t.columns.map((c) => cellText(c.header)).join(' | ')} |`;
  const rule = `| ${t.columns.map((c) => RULE[c.align ?? 'left']).join(' | ')} |`;
  const rows = t.rows.map((r) => {
    const cells = r.cells.map((c) =>
      c === null ? '' : r.total && c.text ? `**${cellText(c.text)}**` : cellText(c.text),
    );
    return `| ${cells.join(' | ')} |`;
  });
  const note = t.note ? `\n\n${inline(t.note)}` : '';
  return `**${t.number} ${inline(t.title)}**\n\n${[head, rule, ...rows].join('\n')}${note}`;
}

function blockMd(b: Block): string {
  switch (b.kind) {
    case 'title':
      return `# ${inline(b.text)}`;
    case 'heading':
      return `${'#'.repeat(b.level + 1)} ${inline(b.text)}`;
    case 'paragraph':
      return inline(b.text);
    case 'empty':
      return `*${inline(b.text)}*`;
    case 'list':
      return b.items.map((item, i) => `${i + 1}. ${inline(item)}`).join('\n');
    case 'table':
      return tableMd(b);
  }
}

export function renderBlocksMarkdown(blocks: readonly Block[]): string {
  return `${blocks.map(blockMd).join('\n\n')}\n`;
}

/** The report as Markdown. */
export function renderMarkdown(e: Evaluation, score: ScoreResult | null): string {
  return renderBlocksMarkdown(buildReport(e, score));
}
