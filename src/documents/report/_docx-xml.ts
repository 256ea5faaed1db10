/** Reads back what the tests check in a .docx: paragraphs with their style, tables with merges, and the raw parts. */
import JSZip from 'jszip';

export interface DocxParagraph {
  style: string | null;
  text: string;
  align: string | null;
  /** eastAsia font of each run. */
  fonts: Array<string | null>;
  /** `<w:keepNext/>` set on the paragraph itself (styles may add it too). */
  keepNext: boolean;
}

export interface DocxCell {
  text: string;
  /** `restart`, `continue`, or null when the cell is not merged. */
  vMerge: 'restart' | 'continue' | null;
  align: string | null;
  /** Every paragraph of the cell keeps with the next. */
  keepNext: boolean;
}

export interface DocxTable {
  /** The caption paragraph just above the table. */
  caption: string;
  rows: Array<{ header: boolean; cantSplit: boolean; cells: DocxCell[] }>;
}

export interface DocxParts {
  files: Record<string, string>;
  paragraphs: DocxParagraph[];
  tables: DocxTable[];
}

const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

function paragraphOf(xml: string): DocxParagraph {
  const style = /<w:pStyle w:val="([^"]+)"/.exec(xml)?.[1] ?? null;
  const align = /<w:pPr>.*?<w:jc w:val="([^"]+)"/s.exec(xml)?.[1] ?? null;
  const runs = xml.match(/<w:r>.*?<\/w:r>/gs) ?? [];
  const fonts = runs.map((r) => /w:eastAsia="([^"]+)"/.exec(r)?.[1] ?? null);
  const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) => unescapeXml(m[1] ?? ''))
    .join('');
  const keepNext = /<w:pPr>(?:(?!<\/w:pPr>).)*<w:keepNext\/>/s.test(xml);
  return { style, text, align, fonts, keepNext };
}

function cellOf(xml: string): DocxCell {
  const m = /<w:vMerge(?: w:val="(\w+)")?\/>/.exec(xml);
  const paras = (xml.match(/<w:p>.*?<\/w:p>|<w:p\/>/gs) ?? []).map(paragraphOf);
  return {
    text: paras.map((p) => p.text).join('\n'),
    vMerge: m ? (m[1] === 'restart' ? 'restart' : 'continue') : null,
    align: paras[0]?.align ?? null,
    keepNext: paras.length > 0 && paras.every((p) => p.keepNext),
  };
}

/** Unzip a .docx and read its body. */
export async function readDocx(bytes: Uint8Array): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(bytes);
  const files: Record<string, string> = {};
  for (const [name, f] of Object.entries(zip.files))
    if (!f.dir && /\.(xml|rels)$/.test(name)) files[name] = await f.async('string');
  const body = files['word/document.xml'] ?? '';
  const paragraphs: DocxParagraph[] = [];
  const tables: DocxTable[] = [];
  for (const m of body.matchAll(/<w:tbl>.*?<\/w:tbl>|<w:p>.*?<\/w:p>/gs)) {
    const xml = m[0];
    if (xml.startsWith('<w:tbl>')) {
      const rows = (xml.match(/<w:tr>.*?<\/w:tr>/gs) ?? []).map((tr) => ({
        header: tr.includes('<w:tblHeader/>'),
        cantSplit: tr.includes('<w:cantSplit/>'),
        cells: (tr.match(/<w:tc>.*?<\/w:tc>/gs) ?? []).map(cellOf),
      }));
      tables.push({ caption: paragraphs.at(-1)?.text ?? '', rows });
    } else paragraphs.push(paragraphOf(xml));
  }
  return { files, paragraphs, tables };
}
