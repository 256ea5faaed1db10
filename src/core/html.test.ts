import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeHtml, escapeHtmlLines, escapeMarkdown, escapeMarkdownCell } from './html';

const HOSTILE = [
  '<img src=x onerror=window.__x=1>',
  '<script>window.__y=1</script>',
  '<meta http-equiv="refresh" content="0;url=/boom">',
  `" onmouseover='alert(1)' x="`,
  '&lt;script&gt;',
];

describe('escapeHtml', () => {
  it.each([
    ['<img src=x onerror=window.__x=1>', '&lt;img src=x onerror=window.__x=1&gt;'],
    [
      '<meta http-equiv="refresh" content="0;url=/boom">',
      '&lt;meta http-equiv=&quot;refresh&quot; content=&quot;0;url=/boom&quot;&gt;',
    ],
    [`it's "A&B"`, 'it&#39;s &quot;A&amp;B&quot;'],
    ['&lt;', '&amp;lt;'],
    ['南洲街道 2023 年度', '南洲街道 2023 年度'],
  ])('%s', (input, out) => {
    expect(escapeHtml(input)).toBe(out);
  });

  it('leaves no tag, attribute quote or entity start in any text', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const out = escapeHtml(s);
        expect(out).not.toMatch(/[<>"']/);
        // Every & starts one of the five entities it writes.
        expect(out.replace(/&(amp|lt|gt|quot|#39);/g, '')).not.toContain('&');
      }),
    );
  });

  it('reads back as the same text in a browser-like decode', () => {
    const decode = (h: string) =>
      h.replace(
        /&(amp|lt|gt|quot|#39);/g,
        (_m, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e] as string,
      );
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(decode(escapeHtml(s))).toBe(s);
      }),
    );
  });

  it('escapeHtmlLines: lines joined by <br>, the text escaped', () => {
    expect(escapeHtmlLines('甲<b>\n乙\r\n丙')).toBe('甲&lt;b&gt;<br>乙<br>丙');
  });
});

describe('escapeMarkdown', () => {
  it.each([
    ['**粗** <b>', '\\*\\*粗\\*\\* \\<b\\>'],
    ['`code` [链接](http://x) ![图](x)', '\\`code\\` \\[链接\\](http://x) !\\[图\\](x)'],
    ['&lt;script&gt;', '\\&lt;script\\&gt;'],
    ['# 标题', '\\# 标题'],
    ['- 项目\n+ 项目\n1. 第一\n2) 第二', '\\- 项目\n\\+ 项目\n1\\. 第一\n2\\) 第二'],
    ['上文\n===\n---', '上文\n\\===\n\\---'],
    ['a\\b', 'a\\\\b'],
    ['~~删除~~ _斜_', '\\~\\~删除\\~\\~ \\_斜\\_'],
    // Figures and dashes inside a line stay as they are.
    ['1,050.00 万元，2023-12-31', '1,050.00 万元，2023-12-31'],
  ])('%s', (input, out) => {
    expect(escapeMarkdown(input)).toBe(out);
  });

  it.each(HOSTILE)('no raw HTML from %s', (s) => {
    expect(escapeMarkdown(s)).not.toMatch(/(^|[^\\])[<&]/);
  });
});

describe('escapeMarkdownCell', () => {
  it('keeps a cell one cell on one line: pipes escaped, line breaks as <br>', () => {
    expect(escapeMarkdownCell('甲|乙\n丙\r\n丁')).toBe('甲\\|乙<br>丙<br>丁');
    expect(escapeMarkdownCell('91.46')).toBe('91.46');
    expect(escapeMarkdownCell('- 1. #')).toBe('- 1. \\#');
  });

  it('never lets a cell hold an unescaped pipe, a line break or raw HTML', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const out = escapeMarkdownCell(s).replace(/<br>/g, '');
        expect(out).not.toMatch(/[\r\n]/);
        // Every | < & ` is preceded by an odd run of backslashes, i.e. escaped.
        for (const m of out.matchAll(/(\\*)([|<&`])/g)) expect((m[1] as string).length % 2).toBe(1);
      }),
    );
  });
});
