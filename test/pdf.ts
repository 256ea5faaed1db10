/** Test factory: small PDFs written by hand from content-stream operators (Helvetica as font F1), offsets computed. */

/** A text run at (x, y) in 10 pt Helvetica; ASCII only, the font has no Chinese. */
export const pdfText = (s: string, x: number, y: number) => `BT /F1 10 Tf ${x} ${y} Td (${s}) Tj ET`;

/**
 * A PDF of one 400 × 400 page per content stream.
 * @example buildPdf([pdfText('page one', 50, 350), pdfText('page two', 50, 350)]) // two pages
 */
export function buildPdf(pages: readonly string[]): Uint8Array {
  const n = pages.length;
  const pageId = (i: number) => 3 + 2 * i;
  const font = 3 + 2 * n;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${pages.map((_, i) => `${pageId(i)} 0 R`).join(' ')}] /Count ${n} >>`,
    ...pages.flatMap((content, i) => [
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 400 400] /Contents ${pageId(i) + 1} 0 R /Resources << /Font << /F1 ${font} 0 R >> >> >>`,
      `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    ]),
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
