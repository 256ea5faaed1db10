import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { escapeHtmlLines } from '../../core/html';
import { Evaluation } from '../../core/model';
import { renderReport } from './render';

const EXAMPLES = readdirSync('examples').filter((f) => f.endsWith('.json'));
const load = (f: string) => Evaluation.parse(JSON.parse(readFileSync(`examples/${f}`, 'utf8')));
const nanzhou = load('nanzhou-2023.json');

describe('Markdown and HTML previews', () => {
  it.each(EXAMPLES)('%s: both carry every indicator and every management item name', async (f) => {
    const e = load(f);
    const md = await renderReport(e, 'md');
    const html = await renderReport(e, 'html');
    const mdText = md.replace(/\\(.)/g, '$1');
    for (const name of [
      e.department.name,
      ...e.indicators.map((i) => i.name),
      ...e.management.map((m) => m.item),
    ]) {
      expect(mdText).toContain(name);
      expect(html).toContain(
        name.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'),
      );
    }
  });

  it('Markdown: headings by level, pipe tables with right-aligned amounts, blank cells under merges', async () => {
    const md = await renderReport(nanzhou, 'md');
    expect(md.startsWith('# 2023 年度广州市海珠区人民政府南洲街道办事处部门整体支出绩效自评报告\n')).toBe(
      true,
    );
    expect(md).toContain('\n## 二、绩效自评情况\n');
    expect(md).toContain('\n### （三）管理效率分析\n');
    expect(md).toContain('**表 2-1 部门整体支出绩效自评得分情况**');
    expect(md).toContain(
      '| 评价因素 | 评价指标 | 分值（分） | 得分（分） | 得分率 | 得分来源 |\n| :---: | :--- | ---: | ---: | ---: | :---: |',
    );
    expect(md).toContain('| **合计** |  | **100.00** | **91.46** | **91.46%** |');
    expect(md).toMatch(/\| 产出指标 \| 数量指标 \| 卫生清洁服务费、垃圾清运费、垃圾处理费目标收费完成值 \|/);
    expect(md).toMatch(/\n\| {2}\| {2}\| 环卫保洁目标完成值 \|/);
  });

  it('HTML: a standalone page, merged cells as rowspan, amounts in right-aligned cells, text escaped', async () => {
    const html = await renderReport(nanzhou, 'html');
    expect(html).toMatch(/^<!doctype html>\n<html lang="zh-CN">/);
    expect(html).toContain(
      '<td rowspan="7" class="center">产出指标</td><td rowspan="6" class="center">数量指标</td>',
    );
    expect(html).toContain('<td class="num">91.46</td>');
    expect(html).toContain('<caption>表 2-2 部门整体绩效指标完成情况</caption>');
    const tricky = { ...nanzhou, problems: ['<script>alert(1)</script> & “引号”'] };
    const out = await renderReport(tricky, 'html');
    expect(out).not.toContain('<script>alert');
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; “引号”');
  });

  const HOSTILE = [
    '<img src=x onerror=window.__x=1>',
    '<script>window.__y=1</script>',
    '<meta http-equiv="refresh" content="0;url=/boom">',
    '| 假列 | `代码` **粗** [链接](javascript:alert(1)) &lt;b&gt;\n# 假标题\n- 假列表',
  ];
  const hostile = (h: string) => ({
    ...nanzhou,
    department: { ...nanzhou.department, name: `${h}街道` },
    indicators: nanzhou.indicators.map((x, i) =>
      i === 0 ? { ...x, name: `${h}指标`, target: `${h}目标`, actual: `${h}实际` } : x,
    ),
    management: nanzhou.management.map((m, i) => (i === 0 ? { ...m, item: `${h}项目` } : m)),
    problems: [`${h}问题`],
  });

  it.each(HOSTILE)('Markdown escapes every cell and line of %j', async (h) => {
    const md = await renderReport(hostile(h), 'md');
    // No raw HTML or entity: every < and & is backslash-escaped; the only tag is the <br> written for cell lines.
    for (const m of md.replace(/<br>/g, '').matchAll(/(\\*)([<&`])/g))
      expect((m[1] as string).length % 2).toBe(1);
    // Every row of a table has as many unescaped pipes as its header: no cell split, no row broken by a newline.
    for (const table of md.split(/\n\n/).filter((b) => b.startsWith('| '))) {
      const pipes = table
        .split('\n')
        .map((line) => line.replace(/\\\\/g, '').replace(/\\\|/g, '').split('|').length);
      expect(new Set(pipes).size).toBe(1);
    }
    // No heading or list item made from the text: the only lines starting with # are the report's own headings.
    expect(md).not.toMatch(/^#+ 假标题/m);
    expect(md).not.toMatch(/^- 假列表/m);
    expect(md.replace(/\\(.)/g, '$1')).toContain(`${h.replace(/\n/g, '<br>')}指标`);
  });

  it.each(HOSTILE)('HTML escapes every cell and line of %j', async (h) => {
    const html = await renderReport(hostile(h), 'html');
    const body = html.slice(html.indexOf('<body>'));
    expect(body).not.toMatch(/<(img|script|meta)\b/i);
    expect(body).not.toContain('<b>');
    // Every tag in the body is one the writer itself uses.
    const tags = new Set([...body.matchAll(/<\/?([a-z0-9]+)/gi)].map((m) => (m[1] as string).toLowerCase()));
    for (const t of tags)
      expect([
        'body',
        'html',
        'h1',
        'h2',
        'h3',
        'h4',
        'p',
        'ol',
        'li',
        'table',
        'caption',
        'thead',
        'tbody',
        'tr',
        'th',
        'td',
        'br',
      ]).toContain(t);
    expect(body).toContain(`${escapeHtmlLines(h)}指标`);
  });
});
