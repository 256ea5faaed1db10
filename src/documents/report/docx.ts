/** The report as a .docx in the official layout: a package skeleton from `docx`, the body written from the blocks. */
import { AlignmentType, Document, Footer, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import JSZip from 'jszip';
import type { Evaluation } from '../../core/model';
import type { ScoreResult } from '../../core/rubric';
import type { Block } from './_blocks';
import { FONT, fontTableXml, PAGE, reportStyles, runFont, SIZE, THEME } from './_styles';
import { tableXml } from './_tables';
import { esc, paragraph } from './_wordml';
import { writeZip, type ZipEntry, zipEntry } from './_zip';
import { buildReport, reportTitle } from './outline';

const HEADING = {
  1: { style: 'Heading1', eastAsia: FONT.heading1 },
  2: { style: 'Heading2', eastAsia: FONT.heading2 },
  3: { style: 'Heading3', eastAsia: FONT.body },
} as const;
const BODY = { eastAsia: FONT.body, size: SIZE.sanhao } as const;

function blockXml(b: Block): string {
  switch (b.kind) {
    case 'title':
      return paragraph(b.text, { style: 'Title', eastAsia: FONT.title, size: SIZE.erhao });
    case 'heading':
      return paragraph(b.text, { ...HEADING[b.level], size: SIZE.sanhao });
    case 'paragraph':
      return paragraph(b.text, { style: 'Normal', ...BODY });
    case 'empty':
      return paragraph(b.text, { style: 'EmptySection', ...BODY });
    case 'list':
      return b.items.map((item, i) => paragraph(`${i + 1}.${item}`, { style: 'Normal', ...BODY })).join('');
    case 'table':
      return tableXml(b);
  }
}

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

interface Skeleton {
  /** `<?xml …?><w:document …><w:body>` of the skeleton's document.xml. */
  head: string;
  /** The section properties and closing tags: page size, margins, footers. */
  tail: string;
  /** Every other part, compressed once. */
  parts: ZipEntry[];
}

const MARK = '@@BODY@@';

/** Styles, theme, footers, settings and relationships, built once by `docx` and reused by every report. */
async function buildSkeleton(): Promise<Skeleton> {
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
    names.map(async (p) => zipEntry(p, await (zip.file(p) as JSZip.JSZipObject).async('uint8array'))),
  );
  if (bodyAt < 8 || sectAt < 0 || !document.includes(MARK))
    throw new Error('docx 骨架生成异常：找不到正文位置');
  return { head: document.slice(0, bodyAt), tail: document.slice(sectAt), parts };
}

let skeleton: Promise<Skeleton> | null = null;

function coreXml(title: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" ' +
    `xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${esc(title)}</dc:title><dc:creator>jixiao</dc:creator></cp:coreProperties>`
  );
}

/** Blocks to .docx bytes. */
export async function renderBlocksDocx(blocks: readonly Block[], title: string): Promise<Uint8Array> {
  skeleton ??= buildSkeleton().catch((e: unknown) => {
    skeleton = null; // let the next report try again
    throw e;
  });
  const s = await skeleton;
  const document = s.head + blocks.map(blockXml).join('') + s.tail;
  const [types, rels, ...rest] = s.parts as [ZipEntry, ZipEntry, ...ZipEntry[]];
  return writeZip([
    types,
    rels,
    zipEntry('word/document.xml', document),
    zipEntry('docProps/core.xml', coreXml(title)),
    ...rest,
  ]);
}

/**
 * The self-evaluation report as .docx bytes; `score` is null when the rubric is unknown.
 * @example await renderDocx(nanzhou, scoreEvaluation(nanzhou, getRubric('gz-dept-2023'))) // Uint8Array (PK…)
 */
export async function renderDocx(e: Evaluation, score: ScoreResult | null): Promise<Uint8Array> {
  return renderBlocksDocx(buildReport(e, score), reportTitle(e));
}
