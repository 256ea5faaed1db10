/** Many projects' 自评表 at once: one workbook with a sheet each, or a .zip of one file each. */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { ProjectEvaluation } from '../../core/model';
import { type ScoreResult, scoreProjectEvaluation } from '../../core/rubric';
import { findRubric } from '../../rubrics';
import { TITLE } from './layout';
import { writeProjectTableDocx } from './write-docx';
import { addProjectSheet, workbookBytes, writeProjectTableXlsx } from './write-xlsx';

/** The score the table prints: on the document's rubric, or none when the rubric is unknown. */
export function scoreForTable(doc: ProjectEvaluation): ScoreResult | null {
  const rubric = findRubric(doc.rubric);
  return rubric ? scoreProjectEvaluation(doc, rubric) : null;
}

/** Characters no name may hold: Excel's sheet-name ones, the file systems' ones, and controls. */
const FORBIDDEN_SHEET = /[[\]:*?/\\\p{Cc}]/gu;
const FORBIDDEN_FILE = /[<>:"/\\|?*\p{Cc}]/gu;

/** Cut to `max` UTF-16 units without splitting a surrogate pair. */
function cut(s: string, max: number): string {
  let out = '';
  for (const ch of s) {
    if (out.length + ch.length > max) break;
    out += ch;
  }
  return out;
}

/**
 * A name made unique among `taken` (compared without case, as Excel and Windows do) by a suffix 「（2）」, all within
 * `max` characters. `taken` gets the name.
 */
function unique(base: string, max: number, taken: Set<string>, ext = ''): string {
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '' : `（${n}）`;
    const name = `${cut(base, max - suffix.length - ext.length)}${suffix}${ext}`;
    if (!taken.has(name.toLowerCase())) {
      taken.add(name.toLowerCase());
      return name;
    }
  }
}

/**
 * Sheet names for projects: Excel's 31 characters, none of `[]:*?/\`, no apostrophe (’ instead), not 「History」,
 * unique; an empty name becomes 「项目N」.
 * @example sheetNames(['长者长寿保健金项目', '长者长寿保健金项目']) // ['长者长寿保健金项目', '长者长寿保健金项目（2）']
 */
export function sheetNames(names: readonly string[]): string[] {
  const taken = new Set<string>(['history']);
  return names.map((raw, i) => {
    const clean = raw
      .replace(FORBIDDEN_SHEET, '_')
      .trim()
      .replace(/^'+|'+$/g, '')
      .trim()
      // an apostrophe inside would have to be doubled in the print-title reference, which ExcelJS writes as is
      .replace(/'/g, '’');
    return unique(clean || `项目${i + 1}`, 31, taken);
  });
}

/** File names for projects: no character a file system refuses, no leading or trailing dot or space, unique. */
export function fileNames(names: readonly string[], ext: string): string[] {
  const taken = new Set<string>();
  return names.map((raw, i) => {
    const clean = raw
      .replace(FORBIDDEN_FILE, '_')
      .replace(/^[\s.]+|[\s.]+$/g, '')
      // Windows reserves these names whatever the extension
      .replace(/^(con|prn|aux|nul|com\d|lpt\d)$/i, '_$1');
    return unique(clean || `项目${i + 1}`, 100, taken, `.${ext}`);
  });
}

/**
 * Every project's 自评表 in one workbook, a sheet each (named after the project), in the order given.
 * @example await writeProjectTablesWorkbook(projects) // 228 projects: a workbook of 228 sheets
 */
export async function writeProjectTablesWorkbook(docs: readonly ProjectEvaluation[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'jixiao';
  wb.title = TITLE;
  const names = sheetNames(docs.map((d) => d.project.name));
  docs.forEach((doc, i) => {
    addProjectSheet(wb, names[i] as string, doc, scoreForTable(doc));
  });
  return workbookBytes(wb);
}

/**
 * Every project's 自评表 as a .zip of .docx or .xlsx files, one per project, named after it.
 * @example await writeProjectTablesZip(projects, 'docx') // PK… holding 长者长寿保健金项目.docx …
 */
export async function writeProjectTablesZip(
  docs: readonly ProjectEvaluation[],
  format: 'docx' | 'xlsx',
): Promise<Uint8Array> {
  const zip = new JSZip();
  const names = fileNames(
    docs.map((d) => d.project.name),
    format,
  );
  const write = format === 'docx' ? writeProjectTableDocx : writeProjectTableXlsx;
  for (const [i, doc] of docs.entries()) {
    zip.file(names[i] as string, await write(doc, scoreForTable(doc)), { binary: true });
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'STORE' });
}
