import { describe, expect, it, vi } from 'vitest';
import { buildPdf, pdfText } from '../../../../test/pdf';
import { ExtractError } from '../_errors';
import { readPdf } from './_pdf';
import { layoutPdfPage, type PdfRule, type PdfText } from './_pdf-geometry';

/** pdf.js as it is, with the pages it is asked for counted. */
const pdfjsSpy = vi.hoisted(() => ({ pagesRead: 0 }));
vi.mock('pdfjs-dist/legacy/build/pdf.mjs', async (importOriginal) => {
  const real = await importOriginal<typeof import('pdfjs-dist/legacy/build/pdf.mjs')>();
  const getDocument: typeof real.getDocument = (src) => {
    const task = real.getDocument(src);
    const promise = task.promise.then((doc) => {
      const getPage = doc.getPage.bind(doc);
      doc.getPage = (n) => {
        pdfjsSpy.pagesRead++;
        return getPage(n);
      };
      return doc;
    });
    return new Proxy(task, {
      get: (t, key) => {
        if (key === 'promise') return promise;
        const v = Reflect.get(t, key, t);
        return typeof v === 'function' ? v.bind(t) : v;
      },
    });
  };
  return { ...real, getDocument };
});

describe('readPdf', () => {
  it('rebuilds a ruled table from its border lines, text outside it as lines', async () => {
    const rules = [
      '0.5 w',
      '50 300 m 250 300 l S',
      '50 280 m 250 280 l S',
      '50 260 m 250 260 l S',
      '50 300 m 50 260 l S',
      '150 300 m 150 260 l S',
      '250 300 m 250 260 l S',
    ].join('\n');
    const body = [
      pdfText('Title line', 50, 350),
      rules,
      pdfText('Name', 60, 286),
      pdfText('Value', 160, 286),
      pdfText('Alpha', 60, 266),
      pdfText('42', 160, 266),
    ];
    const doc = await readPdf(buildPdf([body.join('\n')]), 't.pdf');
    expect(doc.blocks).toEqual([
      expect.objectContaining({ kind: 'para', text: 'Title line', origin: { page: 1 } }),
      expect.objectContaining({
        kind: 'table',
        source: 'pdf',
        rows: [
          ['Name', 'Value'],
          ['Alpha', '42'],
        ],
      }),
    ]);
  });

  it('says so when a PDF has no text layer (a scan)', async () => {
    const scan = buildPdf(['0 0 0 rg 20 20 300 300 re f']);
    await expect(readPdf(scan, 'scan.pdf')).rejects.toMatchObject({ code: 'pdf_no_text' });
  });

  it('refuses a PDF of more pages than the limit, naming both counts', async () => {
    const three = buildPdf(['one', 'two', 'three'].map((s) => pdfText(s, 50, 350)));
    await expect(readPdf(three, 'long.pdf', { maxPages: 2 })).rejects.toMatchObject({
      code: 'pdf_too_many_pages',
      message: 'long.pdf：PDF 共 3 页，超过上限 2 页',
    });
    const read = await readPdf(three, 'long.pdf', { maxPages: 3 });
    expect(read.blocks.flatMap((b) => (b.kind === 'para' ? [b.text] : [])).join(' ')).toBe('one two three');
  });

  it('applies the page limit before reading any page', async () => {
    const three = buildPdf(['one', 'two', 'three'].map((s) => pdfText(s, 50, 350)));
    pdfjsSpy.pagesRead = 0;
    await expect(readPdf(three, 'long.pdf', { maxPages: 2 })).rejects.toMatchObject({
      code: 'pdf_too_many_pages',
    });
    expect(pdfjsSpy.pagesRead).toBe(0);
    await readPdf(three, 'long.pdf', { maxPages: 3 });
    expect(pdfjsSpy.pagesRead).toBe(3);
  });

  it('refuses a broken PDF with a stable code', async () => {
    const broken = new TextEncoder().encode('%PDF-1.4\nthis is not a pdf at all');
    await expect(readPdf(broken, 'x.pdf')).rejects.toBeInstanceOf(ExtractError);
    await expect(readPdf(broken, 'x.pdf')).rejects.toMatchObject({ code: 'pdf_invalid' });
  });
});

describe('layoutPdfPage', () => {
  const item = (str: string, x: number, y: number, size = 10): PdfText => ({
    str,
    x,
    y,
    w: str.length * size,
    size,
  });
  const h = (y: number, x1: number, x2: number): PdfRule => ({ x1, y1: y, x2, y2: y });
  const v = (x: number, y1: number, y2: number): PdfRule => ({ x1: x, y1, x2: x, y2 });

  it('joins text wrapped inside a cell and fills a cell merged over rows', () => {
    // 3 columns, 3 rows; the first column of rows 2-3 is one merged cell (no border between them)
    const rules = [
      h(300, 0, 300),
      h(280, 0, 300),
      h(240, 100, 300),
      h(200, 0, 300),
      v(0, 200, 300),
      v(100, 200, 300),
      v(200, 200, 300),
      v(300, 200, 300),
    ];
    const items = [
      item('一级', 10, 286),
      item('三级', 110, 286),
      item('目标', 210, 286),
      item('产出', 10, 236),
      item('培训人', 110, 266),
      item('次', 110, 252),
      item('≥100', 210, 266),
      item('宣传', 110, 226),
      item('≥10', 210, 226),
    ];
    const [t] = layoutPdfPage(items, rules, 1);
    expect(t).toMatchObject({
      kind: 'table',
      anchor: 'filled',
      rows: [
        ['一级', '三级', '目标'],
        ['产出', '培训人次', '≥100'],
        ['产出', '宣传', '≥10'],
      ],
    });
  });

  it('puts wide gaps between text runs as tabs (columns without rules)', () => {
    const [line] = layoutPdfPage([item('名称', 0, 100), item('目标值', 100, 100)], [], 2);
    expect(line).toMatchObject({ kind: 'line', text: '名称\t目标值', origin: { page: 2 } });
  });
});
