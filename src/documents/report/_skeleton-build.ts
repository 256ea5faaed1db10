/**
 * The .docx package skeleton (styles, theme, footers, settings, relationships) built with `docx`. It runs only in
 * `npm run gen:docx-skeleton`, which stores the result in `docx-skeleton.json`; the report writer reads that file,
 * so writing a report never loads `docx`. A test checks the stored file against a fresh build.
 */
import { AlignmentType, Document, Footer, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import JSZip from 'jszip';
import { FONT, fontTableXml, PAGE, reportStyles, runFont, SIZE, THEME } from './_styles';

/** `— N —` in 四号 宋体, a character in from the outer edge: right on odd pages, left on even ones. */
function pageNumberFooter(side: 'odd' | 'even'): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: 'Footer',
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: 280, firstLine: 0 } : { left: 280, firstLine: 0 },
        children: [
          new TextRun({
            children: ['— ', PageNumber.CURRENT, ' —'],
            font: runFont(FONT.pageNumber),
            size: SIZE.sihao,
          }),
        ],
      }),
    ],
  });
}

/** The package around the body, as text: what `docx-skeleton.json` stores. */
export interface DocxSkeleton {
  /** `<?xml …?><w:document …><w:body>` of the skeleton's document.xml. */
  head: string;
  /** The section properties and closing tags: page size, margins, footers. */
  tail: string;
  /** Every other part in package order ([Content_Types].xml, _rels/.rels first), as XML text. */
  parts: Array<{ path: string; xml: string }>;
}

const MARK = '@@BODY@@';

/** Styles, theme, footers, settings and relationships, as `docx` builds them from `reportStyles()` and `THEME`. */
export async function buildDocxSkeleton(): Promise<DocxSkeleton> {
  const doc = new Document({
    creator: 'jixiao',
    styles: reportStyles(),
    theme: THEME,
    evenAndOddHeaderAndFooters: true,
    sections: [
      {
        properties: { page: { size: PAGE.size, margin: PAGE.margin } },
        footers: { default: pageNumberFooter('odd'), even: pageNumberFooter('even') },
        children: [new Paragraph(MARK)],
      },
    ],
  });
  const buf = await Packer.toBuffer(doc, false, [{ path: 'word/fontTable.xml', data: fontTableXml() }]);
  const zip = await JSZip.loadAsync(buf);
  const document = await (zip.file('word/document.xml') as JSZip.JSZipObject).async('string');
  const bodyAt = document.indexOf('<w:body>') + '<w:body>'.length;
  const sectAt = document.indexOf('<w:sectPr');
  const order = (p: string) => (p === '[Content_Types].xml' ? 0 : p === '_rels/.rels' ? 1 : 2);
  const names = Object.keys(zip.files)
    .filter((p) => !zip.files[p]?.dir && p !== 'word/document.xml' && p !== 'docProps/core.xml')
    .sort((a, b) => order(a) - order(b));
  const parts = await Promise.all(
    names.map(async (path) => ({ path, xml: await (zip.file(path) as JSZip.JSZipObject).async('string') })),
  );
  if (bodyAt < 8 || sectAt < 0 || !document.includes(MARK))
    throw new Error('docx 骨架生成异常：找不到正文位置');
  return { head: document.slice(0, bodyAt), tail: document.slice(sectAt), parts };
}
