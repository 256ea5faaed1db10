/** Read a filled-in 自评表 back into an evaluation; every problem names its sheet, row and column. */
import ExcelJS from 'exceljs';
import { EVALUATION_SCHEMA_ID, Evaluation, type EvaluationInput } from '../../core/model';
import { rubricNodes } from '../../core/rubric';
import { nameKey } from '../../core/text';
import { listRubrics } from '../../rubrics';
import {
  columnLetter,
  INDICATOR_COLUMNS,
  INDICATOR_HEADER_ROW,
  ITEM_COLUMNS,
  ITEM_HEADER_ROW,
  ITEM_ORIGIN_COLUMNS,
  MAIN_CELLS as M,
  SHEET_ITEMS,
  SHEET_MAIN,
  TOTAL_LABEL,
} from './_layout';
import { type ImportError, SheetReader } from './_sheet';

export type { ImportError } from './_sheet';
export type ImportResult =
  | { success: true; evaluation: Evaluation }
  | { success: false; errors: ImportError[] };

/** Where each field of the evaluation came from, so that a schema problem points at its cell. */
type Origins = Map<string, { sheet: string; row: number; column: string }>;

/** Names of rubric leaves the engine computes (产出指标, 预算资金支出率 …): their rows are not management items. */
const COMPUTED = new Set(
  listRubrics().flatMap((r) =>
    rubricNodes(r.root)
      .filter((n) => n.kind === 'indicator_completion' || n.kind === 'execution_rate' || n.kind === 'group')
      .flatMap((n) => [n.name, n.title ?? '', ...(n.aliases ?? [])].filter(Boolean).map(nameKey)),
  ),
);

/** The rubric id for what the 评分标准 cell says: its name as the writer puts it, or an id; else as written. */
function rubricIdOf(text: string): string {
  const key = text.replace(/\s+/g, '');
  return listRubrics().find((r) => r.name.replace(/\s+/g, '') === key || r.id === text)?.id ?? text;
}

function readMain(s: SheetReader, origins: Origins): Partial<EvaluationInput> {
  const at = (path: string, addr: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(addr);
    origins.set(path, { sheet: s.name, column: m?.[1] ?? 'A', row: Number(m?.[2]) });
  };
  for (const l of [M.name, M.year, M.rubric, M.financeHead, M.goal, M.indicatorHead])
    s.label(l.label, l.labelText);
  for (const c of M.financeCols) s.label(c.cell, c.text);
  s.label(M.financeRow.label, M.financeRow.labelText);
  s.header(INDICATOR_HEADER_ROW, INDICATOR_COLUMNS);

  const R = M.financeRow;
  const budget = s.number(R.budget);
  const executed = s.number(R.executed);
  const rate = s.number(R.rate, 'ratio');
  for (const [path, addr] of [
    ['department.name', M.name.value],
    ['year', M.year.value],
    ['rubric', M.rubric.value],
    ['finance.budget', R.budget],
    ['finance.executed', R.executed],
    ['finance.executionRate', R.rate],
    ['goal', M.goal.value],
  ] as const)
    at(path, addr);

  const indicators: NonNullable<EvaluationInput['indicators']> = [];
  const cols = INDICATOR_COLUMNS.length;
  const before = s.errors.length;
  s.extraColumns(INDICATOR_HEADER_ROW, cols, true);
  const headerOk = s.errors.length === before;
  for (let r = INDICATOR_HEADER_ROW + 1; r <= s.ws.rowCount; r++) {
    if (headerOk) s.extraColumns(r, cols, false);
    const row: Record<string, string | number | null> = {};
    INDICATOR_COLUMNS.forEach((c, i) => {
      const addr = `${columnLetter(i + 1)}${r}`;
      row[c.key] = c.kind === 'number' ? s.number(addr) : s.text(addr);
    });
    if (Object.values(row).every((v) => v === null)) continue;
    if (row.name === null) {
      s.error(r, 'C', '三级指标名称不能为空');
      continue;
    }
    INDICATOR_COLUMNS.forEach((c, i) => {
      at(`indicators.${indicators.length}.${c.key}`, `${columnLetter(i + 1)}${r}`);
    });
    indicators.push(row as unknown as NonNullable<EvaluationInput['indicators']>[number]);
  }
  const year = s.number(M.year.value);
  return {
    department: { name: s.text(M.name.value) ?? '', functions: [], units: [] },
    year: year ?? (undefined as unknown as number),
    rubric: rubricIdOf(s.text(M.rubric.value) ?? ''),
    goal: s.text(M.goal.value),
    finance: {
      budget,
      executed,
      executionRate: budget === null && executed === null && rate !== null ? rate * 100 : null,
    },
    indicators,
  };
}

function readItems(s: SheetReader, origins: Origins): Pick<EvaluationInput, 'management' | 'reported'> {
  s.header(ITEM_HEADER_ROW, ITEM_COLUMNS);
  // 得分来源 and 计分依据 are derived from the score: accepted to the right of the items, never read.
  const cols = ITEM_COLUMNS.length + ITEM_ORIGIN_COLUMNS.length;
  const before = s.errors.length;
  s.extraColumns(ITEM_HEADER_ROW, cols, true);
  const headerOk = s.errors.length === before;
  const management: NonNullable<EvaluationInput['management']> = [];
  const scores: Record<string, number> = {};
  let total: number | null = null;
  const col = (key: string) => columnLetter(ITEM_COLUMNS.findIndex((c) => c.key === key) + 1);
  for (let r = ITEM_HEADER_ROW + 1; r <= s.ws.rowCount; r++) {
    if (headerOk) s.extraColumns(r, cols, false);
    const name = s.text(`${col('item')}${r}`);
    const value = s.number(`${col('value')}${r}`, 'points');
    const score = s.number(`${col('score')}${r}`);
    const evidence = s.text(`${col('evidence')}${r}`);
    const reason = s.text(`${col('reason')}${r}`);
    const filled = value !== null || score !== null || evidence !== null || reason !== null;
    if (name === null) {
      if (filled) s.error(r, col('item'), '评价项目名称不能为空');
      continue;
    }
    const origin = (path: string, key: string) =>
      origins.set(path, { sheet: s.name, row: r, column: col(key) });
    if (name === TOTAL_LABEL) {
      total = score;
      origin('reported.total', 'score');
    } else if (COMPUTED.has(nameKey(name))) {
      if (score !== null) scores[name] = score;
      origin(`reported.scores.${name}`, 'score');
    } else if (filled) {
      const k = management.length;
      for (const key of ['item', 'value', 'score', 'evidence', 'reason'])
        origin(`management.${k}.${key}`, key);
      management.push({ item: name, value, score, evidence, reason, deductions: [] });
    }
  }
  return { management, reported: { total, scores, deductions: [] } };
}

function schemaErrors(
  issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>,
  origins: Origins,
): ImportError[] {
  return issues.map((i) => {
    const path = i.path.map(String);
    for (let n = path.length; n > 0; n--) {
      const o = origins.get(path.slice(0, n).join('.'));
      if (o) return { ...o, message: i.message };
    }
    return { sheet: SHEET_MAIN, row: null, column: null, message: `${path.join('.')}：${i.message}` };
  });
}

/**
 * Read a 自评表 workbook (as `renderXlsx` writes it, filled in by hand) into an evaluation.
 * @example const r = await importWorkbook(bytes, '自评表.xlsx'); if (!r.success) r.errors[0] // { sheet: '自评表', row: 6, column: 'D', message: '应为数字…' }
 */
export async function importWorkbook(bytes: Uint8Array, filename = '工作簿'): Promise<ImportResult> {
  const wb = new ExcelJS.Workbook();
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    return {
      success: false,
      errors: [
        {
          sheet: null,
          row: null,
          column: null,
          message: `${filename}：不是 .xlsx 工作簿（文件为空或格式不符）`,
        },
      ],
    };
  }
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    return {
      success: false,
      errors: [
        {
          sheet: null,
          row: null,
          column: null,
          message: `${filename}：无法读取工作簿（${(e as Error).message}）`,
        },
      ],
    };
  }
  const errors: ImportError[] = [];
  const main = wb.getWorksheet(SHEET_MAIN);
  const items = wb.getWorksheet(SHEET_ITEMS);
  const present = wb.worksheets.map((w) => `“${w.name}”`).join('、') || '无';
  for (const [ws, name] of [
    [main, SHEET_MAIN],
    [items, SHEET_ITEMS],
  ] as const) {
    if (!ws)
      errors.push({
        sheet: name,
        row: null,
        column: null,
        message: `缺少工作表“${name}”（工作簿中有：${present}）`,
      });
  }
  const origins: Origins = new Map();
  const head = main ? readMain(new SheetReader(main, errors), origins) : {};
  const tail = items ? readItems(new SheetReader(items, errors), origins) : {};
  if (errors.length) return { success: false, errors };
  const parsed = Evaluation.safeParse({ schema: EVALUATION_SCHEMA_ID, ...head, ...tail });
  if (!parsed.success) return { success: false, errors: schemaErrors(parsed.error.issues, origins) };
  return { success: true, evaluation: parsed.data };
}

/** One error as `sheet!Cell: message` (`自评表!D6: 应为数字…`), or `sheet: message` when no cell applies. */
export function formatImportError(e: ImportError, filename = '工作簿'): string {
  if (!e.sheet) return e.message.startsWith(filename) ? e.message : `${filename}: ${e.message}`;
  if (e.row !== null && e.column !== null) return `${e.sheet}!${e.column}${e.row}: ${e.message}`;
  if (e.row !== null) return `${e.sheet}!${e.row}:${e.row}: ${e.message}`;
  return `${e.sheet}: ${e.message}`;
}
