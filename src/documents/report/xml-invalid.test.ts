import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { Evaluation } from '../../core/model';
import { unsafeCharOf } from '../../core/safe-text';
import { renderReport } from './render';

/** A stored document from before input was checked: XML-invalid characters in names and text. */
function hostile(): Evaluation {
  const e = Evaluation.parse(JSON.parse(readFileSync('examples/nanzhou-2023.json', 'utf8')));
  e.department.name = `南洲\uFFFE街道\u0000办事处`;
  e.indicators[0]!.name = `指标\uFFFF名称\ud800`;
  e.problems[0] = `问题\u0001说明\udc00`;
  return e;
}

async function xmlParts(bytes: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out: Record<string, string> = {};
  for (const [name, f] of Object.entries(zip.files))
    if (!f.dir && /\.(xml|rels)$/.test(name)) out[name] = await f.async('string');
  return out;
}

describe.each(['docx', 'xlsx'] as const)('the %s writer and characters XML cannot hold', (format) => {
  it('drops them, so every part is well-formed, and keeps the rest of the text', async () => {
    const parts = await xmlParts(await renderReport(hostile(), format));
    const all = Object.values(parts).join('');
    expect(Object.keys(parts).length).toBeGreaterThan(3);
    for (const [name, xml] of Object.entries(parts)) expect(unsafeCharOf(xml), name).toBeNull();
    expect(all).toContain('南洲街道办事处');
    expect(all).toContain('指标名称');
  });
});

describe('the xlsx writer', () => {
  it('writes a workbook ExcelJS reads back from a document with XML-invalid characters', async () => {
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await renderReport(hostile(), 'xlsx')) as unknown as ArrayBuffer);
    const text: string[] = [];
    wb.eachSheet((ws) => ws.eachRow((r) => r.eachCell((c) => text.push(String(c.value ?? '')))));
    expect(text.join('')).toContain('指标名称');
  });
});
