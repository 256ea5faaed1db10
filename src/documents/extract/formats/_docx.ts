/**
 * The Word reader: word/document.xml read as paragraphs and tables (gridSpan and vMerge kept, merged cells
 * filled), automatic numbering and heading styles restored, then laid out like any other source.
 */
import JSZip from 'jszip';
import { ExtractError } from '../_errors';
import { joinWrapped } from '../layout/_chars';
import { layoutItems } from '../layout/_layout';
import { toSourceLine } from '../layout/_lines';
import type { ExtractWarning, LayoutDoc, SourceItem, TableBlock } from '../layout/_model';
import { DocxNumbering } from './_docx-numbering';
import { childElements, firstChild, isElement, parseXml, type XmlElement } from './_xml';

interface StyleInfo {
  level: number | null;
  numId: string | null;
  ilvl: number;
  basedOn: string | null;
}

const val = (el: XmlElement | undefined) => el?.attrs['w:val'];

function readStyles(xml: XmlElement | null): Map<string, StyleInfo> {
  const out = new Map<string, StyleInfo>();
  const root = xml ? firstChild(xml, 'w:styles') : undefined;
  if (!root) return out;
  for (const s of childElements(root, 'w:style')) {
    const id = s.attrs['w:styleId'];
    if (!id) continue;
    const name = (val(firstChild(s, 'w:name')) ?? id).toLowerCase();
    const ppr = firstChild(s, 'w:pPr');
    const outline = val(firstChild(ppr, 'w:outlineLvl'));
    const m = /^(?:heading|标题)\s*(\d)$/.exec(name);
    const numPr = firstChild(ppr, 'w:numPr');
    out.set(id, {
      level: outline != null ? Number(outline) + 1 : m ? Number(m[1]) : name === 'title' ? 1 : null,
      numId: val(firstChild(numPr, 'w:numId')) ?? null,
      ilvl: Number(val(firstChild(numPr, 'w:ilvl')) ?? 0),
      basedOn: val(firstChild(s, 'w:basedOn')) ?? null,
    });
  }
  return out;
}

function styleChain(styles: Map<string, StyleInfo>, id: string | undefined): StyleInfo[] {
  const out: StyleInfo[] = [];
  for (let cur = id, n = 0; cur && n < 10; n++) {
    const s = styles.get(cur);
    if (!s) break;
    out.push(s);
    cur = s.basedOn ?? undefined;
  }
  return out;
}

/**
 * Text of runs under an element: w:t, tabs and breaks; deleted and moved-away text, field codes and soft hyphens
 * skipped; of an mc:AlternateContent only the first choice (its fallback repeats it). Text boxes are collected
 * in `boxes`: they are paragraphs of their own, not part of the paragraph that anchors them.
 */
function runText(el: XmlElement, out: string[], boxes: XmlElement[]): void {
  for (const c of el.children) {
    if (!isElement(c)) continue;
    switch (c.name) {
      case 'w:t':
        out.push(
          c.children
            .filter((x): x is string => typeof x === 'string')
            .join('')
            .replace(/\u00ad/g, ''),
        );
        break;
      case 'w:tab':
      case 'w:ptab':
        out.push('\t');
        break;
      case 'w:br':
      case 'w:cr':
        out.push('\n');
        break;
      case 'w:noBreakHyphen':
        out.push('-');
        break;
      case 'w:txbxContent':
        boxes.push(c);
        break;
      case 'mc:AlternateContent': {
        const pick = firstChild(c, 'mc:Choice') ?? firstChild(c, 'mc:Fallback');
        if (pick) runText(pick, out, boxes);
        break;
      }
      case 'w:del':
      case 'w:moveFrom':
      case 'w:instrText':
      case 'w:delText':
      case 'w:pPr':
      case 'w:rPr':
      case 'w:fldData':
        break;
      default:
        runText(c, out, boxes);
    }
  }
}

class DocxReader {
  readonly items: SourceItem[] = [];
  readonly warnings: ExtractWarning[] = [];
  private para = 0;
  /** Empty paragraphs since the last line: an empty cell of a table turned into paragraphs. */
  private blank = 0;

  constructor(
    private readonly styles: Map<string, StyleInfo>,
    private readonly numbering: DocxNumbering,
  ) {}

  /** A paragraph's text with its automatic number, and its heading level. */
  paragraph(p: XmlElement): { text: string; heading: number | null; boxes: XmlElement[] } {
    const ppr = firstChild(p, 'w:pPr');
    const chain = styleChain(this.styles, val(firstChild(ppr, 'w:pStyle')));
    const numPr = firstChild(ppr, 'w:numPr');
    const numId = val(firstChild(numPr, 'w:numId')) ?? chain.find((s) => s.numId)?.numId ?? null;
    const ilvl = Number(val(firstChild(numPr, 'w:ilvl')) ?? chain.find((s) => s.numId)?.ilvl ?? 0);
    const parts: string[] = [];
    const boxes: XmlElement[] = [];
    runText(p, parts, boxes);
    const text = parts.join('');
    const outline = val(firstChild(ppr, 'w:outlineLvl'));
    const heading =
      outline != null ? Number(outline) + 1 : (chain.find((s) => s.level != null)?.level ?? null);
    const prefix = numId && text.trim() ? this.numbering.next(numId, ilvl) : '';
    return {
      text: prefix ? `${prefix}${/^[\s\t]/.test(text) ? '' : ' '}${text.trimStart()}` : text,
      heading,
      boxes,
    };
  }

  body(el: XmlElement): void {
    for (const c of el.children) {
      if (!isElement(c)) continue;
      if (c.name === 'w:p') this.pushParagraph(c);
      else if (c.name === 'w:tbl') {
        this.blank = 0;
        this.items.push(this.table(c));
      } else if (c.name === 'w:sdt') this.body(firstChild(c, 'w:sdtContent') ?? c);
      else if (['w:customXml', 'w:ins', 'w:moveTo', 'w:smartTag'].includes(c.name)) this.body(c);
    }
  }

  private pushParagraph(p: XmlElement): void {
    this.para++;
    const { text, heading, boxes } = this.paragraph(p);
    if (!text.replace(/[\s\u00a0\u3000]/g, '')) {
      if (!boxes.length) this.blank++;
      for (const b of boxes) this.body(b);
      return;
    }
    for (const raw of text.split('\n')) {
      const line = toSourceLine(raw, 0);
      if (!line) continue;
      line.origin = { para: this.para };
      if (heading != null) line.heading = heading;
      if (this.blank > 0) line.blankBefore = this.blank;
      this.blank = 0;
      this.items.push(line);
    }
    // a text box after the paragraph that anchors it
    for (const b of boxes) this.body(b);
  }

  /** Text of one cell: its paragraphs joined, nested tables flattened row by row. */
  private cellText(tc: XmlElement): string {
    const parts: string[] = [];
    for (const c of childElements(tc)) {
      if (c.name === 'w:p') {
        const { text, boxes } = this.paragraph(c);
        parts.push(text.replace(/\t/g, ' '));
        for (const b of boxes) parts.push(this.cellText(b));
      } else if (c.name === 'w:tbl')
        parts.push(
          this.table(c)
            .rows.map((r) => r.filter(Boolean).join(' '))
            .join(' '),
        );
      else if (c.name === 'w:sdt') parts.push(this.cellText(firstChild(c, 'w:sdtContent') ?? c));
    }
    return joinWrapped(parts);
  }

  private table(tbl: XmlElement): TableBlock {
    this.para++;
    const origin = { para: this.para };
    const rows: string[][] = [];
    const above: string[] = [];
    let merged = false;
    for (const tr of childElements(tbl, 'w:tr')) {
      const trPr = firstChild(tr, 'w:trPr');
      const row: string[] = new Array(Number(val(firstChild(trPr, 'w:gridBefore')) ?? 0)).fill('');
      const cells = childElements(tr).flatMap((c) =>
        c.name === 'w:tc'
          ? [c]
          : c.name === 'w:sdt'
            ? childElements(firstChild(c, 'w:sdtContent') ?? c, 'w:tc')
            : [],
      );
      for (const tc of cells) {
        const tcPr = firstChild(tc, 'w:tcPr');
        const span = Math.max(1, Math.min(64, Number(val(firstChild(tcPr, 'w:gridSpan')) ?? 1)));
        const vm = firstChild(tcPr, 'w:vMerge');
        const col = row.length;
        let text = this.cellText(tc);
        if (vm && val(vm) !== 'restart') {
          text = above[col] ?? text;
          merged = true;
        }
        row.push(text, ...new Array(span - 1).fill(''));
        for (let k = 0; k < span; k++) above[col + k] = k === 0 ? text : '';
      }
      rows.push(row);
    }
    // merged cells are filled in; without any, a label written once sits where the author put it
    return { kind: 'table', rows, origin, anchor: merged ? 'filled' : 'unknown', source: 'docx' };
  }
}

/** Largest part jixiao inflates: a report's document.xml is a few MB; more is a damaged file or a zip bomb. */
const MAX_PART_BYTES = 64 * 1024 * 1024;

async function loadPart(zip: JSZip, path: string): Promise<XmlElement | null> {
  const f = zip.file(path);
  if (!f) return null;
  // JSZip keeps the sizes of the central directory on an internal field
  const size = (f as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;
  if (size > MAX_PART_BYTES) throw new Error(`${path} 解压后 ${Math.round(size / 1048576)} MB，超过上限`);
  return parseXml(await f.async('string'));
}

/** Read a .docx file into laid-out blocks. Throws ExtractError when the zip is not a Word document. */
export async function readDocx(bytes: Uint8Array, filename?: string): Promise<LayoutDoc> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    // The unzip and XML parsers word their errors in English: the user is told the file is damaged.
    throw new ExtractError('docx_invalid', filename);
  }
  if (!zip.file('word/document.xml')) throw new ExtractError('not_docx', filename);
  let doc: XmlElement | null;
  let reader: DocxReader;
  try {
    doc = await loadPart(zip, 'word/document.xml');
    reader = new DocxReader(
      readStyles(await loadPart(zip, 'word/styles.xml')),
      new DocxNumbering(await loadPart(zip, 'word/numbering.xml')),
    );
  } catch {
    // The unzip and XML parsers word their errors in English: the user is told the file is damaged.
    throw new ExtractError('docx_invalid', filename);
  }
  const body = doc ? firstChild(firstChild(doc, 'w:document'), 'w:body') : undefined;
  if (!body) throw new ExtractError('docx_invalid', filename, '缺少 w:body');
  reader.body(body);
  return { format: 'docx', blocks: layoutItems(reader.items), warnings: reader.warnings };
}
