/**
 * Read 项目支出绩效自评表 workbooks back: one written by `writeProjectTableXlsx` or `writeProjectTablesWorkbook`
 * comes back unchanged, a hand-made one of the same layout reads too. Never throws: what cannot be read is a warning
 * naming its sheet, row and column, and a value that is not a number is kept as typed (`drafts`).
 */
import ExcelJS from 'exceljs';
import type { z } from 'zod';
import { ProjectEvaluationDraft } from '../../core/model';
import type { ProjectEvaluation } from '../../core/model/project-evaluation';
import { PROJECT_FIELDS } from '../../core/model/project-fields';
import { round2 } from '../../core/money';
import { printedScore, type ScoreNode, scoreProjectEvaluation } from '../../core/rubric';
import type { IndicatorShare } from '../../core/rubric/kinds/indicator-completion';
import { findRubric } from '../../rubrics';
import { SheetCells, type TableWarning } from './_read-cells';
import { readProjectSheet } from './_read-sheet';

export type { TableWarning } from './_read-cells';
/** What a table reads into: a draft (`ProjectEvaluationDraft`), complete or not. */
export type ProjectTableDraft = z.infer<typeof ProjectEvaluationDraft>;

export interface ReadProjectTables {
  /** One draft per sheet that holds a 自评表, in sheet order. */
  tables: Array<{ sheet: number; sheetName: string; doc: ProjectTableDraft }>;
  warnings: TableWarning[];
}

export interface ReadProjectTable {
  /** Null when the file holds no readable 自评表. */
  doc: ProjectTableDraft | null;
  warnings: TableWarning[];
}

function fileWarning(fileName: string, message: string): TableWarning {
  return {
    sheet: null,
    sheetName: null,
    row: null,
    column: null,
    field: null,
    message,
    text: `${fileName}：${message}`,
  };
}

function indicatorNodes(n: ScoreNode): ScoreNode[] {
  const own = n.kind === 'indicator_completion' ? [n] : [];
  return [...own, ...(n.children ?? []).flatMap(indicatorNodes)];
}

/**
 * A table prints each indicator's 分值 as its own or, without one, as its share of its node's points. Where every
 * 分值 of a node is exactly the share it would have without any, the table printed shares: read as no 分值 (the
 * score is the same either way, and the document comes back as it was).
 */
function dropPrintedShares(doc: ProjectTableDraft): ProjectTableDraft {
  const rubric = findRubric(doc.rubric);
  // a 分值 kept as typed text (a draft) leaves the node's points to the person
  if (!rubric || Object.keys(doc.drafts ?? {}).some((k) => k.endsWith('.points'))) return doc;
  const bare = { ...doc, indicators: doc.indicators.map((i) => ({ ...i, points: null })) };
  const score = scoreProjectEvaluation(bare as ProjectEvaluation, rubric);
  const clear = new Set<number>();
  for (const node of indicatorNodes(score.root)) {
    const shares = (node.inputs.shares ?? []) as IndicatorShare[];
    const printed = shares.every((s) => {
      const p = doc.indicators[s.index]?.points;
      return p != null && round2(p) === printedScore(s.weight);
    });
    if (printed) for (const s of shares) clear.add(s.index);
  }
  if (!clear.size) return doc;
  return {
    ...doc,
    indicators: doc.indicators.map((ind, i) => (clear.has(i) ? { ...ind, points: null } : ind)),
  };
}

/**
 * Every 自评表 of a workbook, a draft per sheet.
 * @example const { tables, warnings } = await readProjectTablesXlsx(bytes, '2022年项目自评表.xlsx')
 */
export async function readProjectTablesXlsx(bytes: Uint8Array, fileName: string): Promise<ReadProjectTables> {
  const warnings: TableWarning[] = [];
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    return { tables: [], warnings: [fileWarning(fileName, '不是 .xlsx 工作簿（文件为空或格式不符）')] };
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    return {
      tables: [],
      warnings: [fileWarning(fileName, `无法读取工作簿（${e instanceof Error ? e.message : String(e)}）`)],
    };
  }
  const tables: ReadProjectTables['tables'] = [];
  wb.worksheets.forEach((ws, k) => {
    const cells = new SheetCells(ws, k + 1);
    try {
      const raw = readProjectSheet(cells);
      if (!raw) return;
      const parsed = ProjectEvaluationDraft.safeParse(raw);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const path = issue.path.map(String).join('.');
          cells.warn(null, null, PROJECT_FIELDS.fieldLabel(path) || path, issue.message);
        }
        return;
      }
      tables.push({ sheet: k + 1, sheetName: ws.name, doc: dropPrintedShares(parsed.data) });
    } catch (e) {
      // a sheet ExcelJS loaded but cannot walk (a broken merge, a corrupt cell): the others still read
      cells.warn(null, null, null, `无法读取此表（${e instanceof Error ? e.message : String(e)}）`);
    } finally {
      warnings.push(...cells.warnings);
    }
  });
  if (!tables.length && wb.worksheets.length === 0)
    warnings.push(fileWarning(fileName, '不是自评表工作簿（其中没有工作表）'));
  return { tables, warnings };
}

/**
 * The 自评表 of a one-table workbook (the first, when there are more: each further one is a warning).
 * @example (await readProjectTableXlsx(bytes, '长者长寿保健金项目.xlsx')).doc?.finance.budget // 809.28
 */
export async function readProjectTableXlsx(bytes: Uint8Array, fileName: string): Promise<ReadProjectTable> {
  const { tables, warnings } = await readProjectTablesXlsx(bytes, fileName);
  for (const t of tables.slice(1))
    warnings.push(
      fileWarning(
        fileName,
        `第 ${t.sheet} 张表「${t.sheetName}」也是自评表，只读入了第 ${tables[0]?.sheet} 张`,
      ),
    );
  if (!tables.length && !warnings.length) warnings.push(fileWarning(fileName, '未找到项目支出绩效自评表'));
  return { doc: tables[0]?.doc ?? null, warnings };
}
