import { describe, expect, it } from 'vitest';
import { ExtractError } from './_errors';
import { readPdf } from './_pdf';
import { layoutPdfPage, type PdfRule, type PdfText } from './_pdf-geometry';

/** A one-page PDF from raw content-stream operators (Helvetica as font F1), offsets computed. */
function makePdf(content: string): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 400 400] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) out += `${String(off).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

const text = (s: string, x: number, y: number) => `BT /F1 10 Tf ${x} ${y} Td (${s}) Tj ET`;

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
      text('Title line', 50, 350),
      rules,
      text('Name', 60, 286),
      text('Value', 160, 286),
      text('Alpha', 60, 266),
      text('42', 160, 266),
    ];
    const doc = await readPdf(makePdf(body.join('\n')), 't.pdf');
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
    const scan = makePdf('0 0 0 rg 20 20 300 300 re f');
    await expect(readPdf(scan, 'scan.pdf')).rejects.toMatchObject({ code: 'pdf_no_text' });
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
