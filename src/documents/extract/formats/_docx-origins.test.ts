/**
 * Word files as other programs write them, built from their XML: WPS and Word text boxes (mc:AlternateContent
 * with a choice and a fallback), content controls, smart tags, simple fields, tracked changes, soft hyphens, tabs
 * and breaks, numbering inherited from heading styles, and tables turned into one paragraph per cell.
 */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { Block, TableBlock } from '../layout/_model';
import { readDocx } from './_docx';

const NS =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml"';

const r = (t: string) => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`;
const p = (...runs: string[]) => `<w:p>${runs.join('')}</w:p>`;

async function docx(body: string, parts: Record<string, string> = {}): Promise<Block[]> {
  const zip = new JSZip();
  zip.file(
    'word/document.xml',
    `<?xml version="1.0"?><w:document ${NS}><w:body>${body}</w:body></w:document>`,
  );
  for (const [k, v] of Object.entries(parts)) zip.file(k, v);
  return (await readDocx(await zip.generateAsync({ type: 'uint8array' }))).blocks;
}

const texts = (blocks: Block[]) => blocks.flatMap((b) => (b.kind === 'para' ? [b.text] : []));

/** A text box as Word 2010+ and WPS write it: the DrawingML choice, and a VML fallback repeating it. */
function textBox(...paras: string[]): string {
  const content = `<w:txbxContent>${paras.map((t) => p(r(t))).join('')}</w:txbxContent>`;
  return `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx>${content}</wps:txbx></wps:wsp></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>${content}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`;
}

describe('Word files of every origin', () => {
  it('reads a text box once, as paragraphs of its own after its anchor', async () => {
    const blocks = await docx(
      p(r('一、部门基本情况。'), textBox('单位负责人：某某某。', '编制人数：45 人。')) +
        p(r('（一）部门职能。')) +
        p(textBox('自评得分 92.5 分')),
    );
    expect(texts(blocks)).toEqual([
      '一、部门基本情况。',
      '单位负责人：某某某。',
      '编制人数：45 人。',
      '（一）部门职能。',
      '自评得分 92.5 分',
    ]);
  });

  it('reads an AlternateContent with a fallback only when there is no choice', async () => {
    const blocks = await docx(
      p(`<w:r><mc:AlternateContent><mc:Fallback>${r('备选文字')}</mc:Fallback></mc:AlternateContent></w:r>`),
    );
    expect(texts(blocks)).toEqual(['备选文字']);
  });

  it('keeps inserted text and drops deleted and moved-away text (tracked changes)', async () => {
    const blocks = await docx(
      p(
        r('全年预算'),
        `<w:del><w:r><w:delText>1,200.00</w:delText></w:r></w:del>`,
        `<w:ins>${r('1,350.00')}</w:ins>`,
        r('万元。'),
        `<w:moveFrom>${r('旧位置')}</w:moveFrom>`,
      ) +
        `<w:ins>${p(r('新增的一段。'))}</w:ins>` +
        `<w:moveTo>${p(r('移来的一段。'))}</w:moveTo>`,
    );
    expect(texts(blocks)).toEqual(['全年预算1,350.00万元。', '新增的一段。', '移来的一段。']);
  });

  it('reads content controls, smart tags and simple fields; skips field codes and soft hyphens', async () => {
    const blocks = await docx(
      `<w:sdt><w:sdtPr/><w:sdtContent>${p(r('单位名称：某区卫生健康局。'))}</w:sdtContent></w:sdt>` +
        p(
          r('评价年度：'),
          `<w:sdt><w:sdtContent>${r('2024')}</w:sdtContent></w:sdt>`,
          `<w:smartTag w:element="date">${r('年度')}</w:smartTag>`,
          r('。'),
        ) +
        p(
          r('依据文件第'),
          `<w:fldSimple w:instr=" SEQ 文件 ">${r('3')}</w:fldSimple>`,
          r('号。'),
          `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> DATE </w:instrText></w:r>`,
          `<w:r><w:fldChar w:fldCharType="end"/></w:r>`,
        ) +
        p(r('绩效\u00ad管理'), '<w:r><w:softHyphen/></w:r>', r('制度。')),
    );
    expect(texts(blocks)).toEqual([
      '单位名称：某区卫生健康局。',
      '评价年度：2024年度。',
      '依据文件第3号。',
      '绩效管理制度。',
    ]);
  });

  it('a break starts a new line and a tab separates cells of a text table', async () => {
    const blocks = await docx(
      p(r('第一行。'), '<w:r><w:br/></w:r>', r('第二行。')) +
        p(r('项目'), '<w:r><w:tab/></w:r>', r('预算数'), '<w:r><w:tab/></w:r>', r('执行数')) +
        p(r('基本支出'), '<w:r><w:tab/></w:r>', r('100.00'), '<w:r><w:tab/></w:r>', r('98.50')),
    );
    expect(texts(blocks).slice(0, 2)).toEqual(['第一行。', '第二行。']);
    const t = blocks.find((b): b is TableBlock => b.kind === 'table');
    expect(t?.rows).toEqual([
      ['项目', '预算数', '执行数'],
      ['基本支出', '100.00', '98.50'],
    ]);
  });

  it('numbers headings from numbering.xml through their style, on two levels', async () => {
    const styles = `<w:styles ${NS}>
      <w:style w:styleId="H1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="7"/></w:numPr></w:pPr></w:style>
      <w:style w:styleId="H2"><w:name w:val="heading 2"/><w:basedOn w:val="H2base"/></w:style>
      <w:style w:styleId="H2base"><w:name w:val="h2 base"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="7"/></w:numPr></w:pPr></w:style>
    </w:styles>`;
    const numbering = `<w:numbering ${NS}>
      <w:abstractNum w:abstractNumId="3">
        <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
        <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
      </w:abstractNum>
      <w:num w:numId="7"><w:abstractNumId w:val="3"/></w:num>
    </w:numbering>`;
    const h = (style: string, t: string) => `<w:p><w:pPr><w:pStyle w:val="${style}"/></w:pPr>${r(t)}</w:p>`;
    const blocks = await docx(
      h('H1', '部门基本情况') +
        h('H2', '部门职能') +
        h('H2', '年度总体工作') +
        h('H1', '绩效自评情况') +
        h('H2', '自评结论'),
      { 'word/styles.xml': styles, 'word/numbering.xml': numbering },
    );
    expect(texts(blocks)).toEqual([
      '一、部门基本情况',
      '（一）部门职能',
      '（二）年度总体工作',
      '二、绩效自评情况',
      '（一）自评结论',
    ]);
  });

  it('a table turned into one paragraph per cell, empty paragraphs for empty cells, is a table again', async () => {
    const cells = [
      ['一级指标', '二级指标', '三级指标', '年度指标值', '完成情况'],
      ['产出指标', '数量指标', '家庭医生签约人数', '≥5000人', '已完成'],
      ['', '质量指标', '签约服务满意率', '≥90%', '已完成'],
      ['效益指标', '社会效益', '慢病规范管理率', '≥80%', '未完成'],
    ];
    const blocks = await docx(
      `${p(r('表 3 部门整体绩效指标完成情况'))}${cells
        .flat()
        .map((c) => (c ? p(r(c)) : '<w:p/>'))
        .join('')}${p(r('三、存在的问题'))}`,
    );
    const t = blocks.find((b): b is TableBlock => b.kind === 'table');
    expect(t?.rows).toEqual(cells);
    expect(texts(blocks)).toEqual(['表 3 部门整体绩效指标完成情况', '三、存在的问题']);
  });
});
