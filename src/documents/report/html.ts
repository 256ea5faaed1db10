/** The report as one standalone HTML page for previews: the same blocks, merged cells as rowspan. */

import { escapeHtml, escapeHtmlLines } from '../../core/html';
import type { Evaluation } from '../../core/model';
import type { ScoreResult } from '../../core/rubric';
import type { Block, TableBlock } from './_blocks';
import type { ReportExtras } from './_context';
import { buildReport, reportTitle } from './outline';

const STYLE = `body{max-width:48em;margin:2em auto;padding:0 1em;font:16px/1.8 "仿宋_GB2312","FangSong","Noto Serif CJK SC",serif;color:#000}
h1.title{font:22px/1.5 "方正小标宋简体","Noto Serif CJK SC",serif;text-align:center;margin:1em 0}
h2{font:18px "黑体","SimHei","Noto Sans CJK SC",sans-serif;margin:1.2em 0 .4em}
h3{font:17px "楷体_GB2312","KaiTi",serif;margin:1em 0 .3em}
h4{font-size:16px;margin:.8em 0 .3em}
p{text-indent:2em;margin:.3em 0}
ol{margin:.3em 0 .3em 2em}
table{border-collapse:collapse;width:100%;margin:.3em 0 1em;font-size:14px;line-height:1.5}
th,td{border:1px solid #000;padding:2px 6px;vertical-align:middle}
th{font-family:"黑体","SimHei",sans-serif;font-weight:normal;background:#f3f3f3}
tr.total td{font-weight:bold}
caption{font-family:"黑体","SimHei",sans-serif;padding:.4em}
.num{text-align:right;white-space:nowrap}.center{text-align:center}
p.note{text-indent:0;font-size:14px}`;

function tableHtml(t: TableBlock): string {
  const cls = (a: string | undefined) =>
    a === 'right' ? ' class="num"' : a === 'center' ? ' class="center"' : '';
  const head = `<tr>${t.columns.map((c) => `<th>${escapeHtml(c.header)}</th>`).join('')}</tr>`;
  const rows = t.rows
    .map((r) => {
      const cells = r.cells
        .map((c, i) => {
          if (c === null) return '';
          const span = c.rowSpan && c.rowSpan > 1 ? ` rowspan="${c.rowSpan}"` : '';
          return `<td${span}${cls(c.align ?? t.columns[i]?.align)}>${escapeHtmlLines(c.text)}</td>`;
        })
        .join('');
      return `<tr${r.total ? ' class="total"' : ''}>${cells}</tr>`;
    })
    .join('\n');
  const note = t.note ? `\n<p class="note">${escapeHtml(t.note)}</p>` : '';
  return `<table>\n<caption>${escapeHtml(`${t.number} ${t.title}`)}</caption>\n<thead>${head}</thead>\n<tbody>\n${rows}\n</tbody>\n</table>${note}`;
}

function blockHtml(b: Block): string {
  switch (b.kind) {
    case 'title':
      return `<h1 class="title">${escapeHtml(b.text)}</h1>`;
    case 'heading':
      return `<h${b.level + 1}>${escapeHtml(b.text)}</h${b.level + 1}>`;
    case 'paragraph':
      return `<p>${escapeHtml(b.text)}</p>`;
    case 'list':
      return `<ol>${b.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ol>`;
    case 'table':
      return tableHtml(b);
  }
}

export function renderBlocksHtml(blocks: readonly Block[], title: string): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<style>
${STYLE}
</style>
</head>
<body>
${blocks.map(blockHtml).join('\n')}
</body>
</html>
`;
}

/** The report as a standalone HTML page. */
export function renderHtml(e: Evaluation, score: ScoreResult | null, extras: ReportExtras = {}): string {
  return renderBlocksHtml(buildReport(e, score, extras), reportTitle(e));
}
