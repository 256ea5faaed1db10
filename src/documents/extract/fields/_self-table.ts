/**
 * The official 部门整体支出绩效自评表 as a document of its own (a .docx, .xlsx or PDF holding only the table):
 * recognised by its labels and mapped to the evaluation, instead of the general reader that looks for a report's
 * sections.
 */
import type { EvaluationInput, FinanceLine, Indicator, Statement } from '../../../core/model/evaluation';
import { resolveRubric } from '../../../rubrics';
import { type ExtractResult, validateDraft } from '../_assemble';
import { checkExtraction } from '../_completeness';
import { ExtractError } from '../_errors';
import type { ExtractWarning, LayoutDoc, ParaBlock, TableBlock } from '../layout/_model';
import { warn } from './_context';
import { labelOf, readSelfTableRows, type SelfTableLine, type SelfTableRows } from './_self-table-rows';

const GRADES: [RegExp, '优' | '良' | '中' | '差'][] = [
  [/^优/, '优'],
  [/^良/, '良'],
  [/^(?:中|合格|一般)/, '中'],
  [/^(?:差|不合格|较差)/, '差'],
];

/** The stated grade as one of 优 / 良 / 中 / 差 (优秀 → 优, 合格 → 中), or null. */
export function gradeOf(s: string | null): '优' | '良' | '中' | '差' | null {
  const t = s ? labelOf(s).replace(/^[（(]|[）)]$/g, '') : '';
  return GRADES.find(([re]) => re.test(t))?.[1] ?? null;
}

/** True when the rows read as a 自评表: the unit's name and the funding or indicator block under their headers. */
export function isSelfTable(r: SelfTableRows): boolean {
  return r.seen.has('name') && (r.seen.has('funding') || r.seen.has('indicators'));
}

/** 年度主要任务 as tasks: one per row, or one per numbered item when several share a cell. */
function tasksOf(texts: string[]): { title: string }[] {
  const items = texts.flatMap((t) =>
    t
      .split(/\n|(?=(?:^|[；;。\s])[一二三四五六七八九十\d]{1,2}[、.．)）])/)
      .map((x) =>
        x
          .replace(/^[；;。\s]+/, '')
          .replace(/^[一二三四五六七八九十\d]{1,2}[、.．)）]\s*/, '')
          .trim(),
      )
      .filter(Boolean),
  );
  return [...new Set(items)].slice(0, 60).map((title) => ({ title }));
}

const toLine = (l: SelfTableLine): FinanceLine => ({
  name: l.name,
  initial: null,
  budget: l.budget,
  actual: l.executed,
  lastYear: null,
});

/** 得分 added up per 一级指标 when every indicator of it has one (产出指标 19.5). */
function levelScores(r: SelfTableRows): Record<string, number> {
  const out: Record<string, number> = {};
  const missing = new Set<string>();
  for (const x of r.indicators) {
    if (!x.level1) continue;
    const key = x.level1.replace(/\s+/g, '');
    if (x.score == null) missing.add(key);
    else out[key] = Math.round(((out[key] ?? 0) + x.score) * 100) / 100;
  }
  for (const k of missing) delete out[k];
  return out;
}

/**
 * True when the tables carry the document: a report with the 自评表 attached after its sections is left to the
 * general reader (prose longer than the tables' text, or numbered headings, say it is a report).
 */
function isTableDocument(doc: LayoutDoc, tables: TableBlock[]): boolean {
  const paras = doc.blocks.filter((b): b is ParaBlock => b.kind === 'para');
  const prose = paras.reduce((n, p) => n + p.text.replace(/\s+/g, '').length, 0);
  const cells = new Set(tables.flatMap((t) => t.rows.flat()).map((c) => c.replace(/\s+/g, '')));
  const inTables = [...cells].reduce((n, c) => n + c.length, 0);
  const headings = paras.filter((p) => /^[一二三四五六七八九十]{1,3}[、.．]/.test(p.text.trim())).length;
  return prose <= Math.max(600, inTables) && headings < 3;
}

/** The cell a value was read from, numbered from 1 as the review's source numbers tables and rows. */
export interface SelfTableCell {
  table: number;
  row: number;
  column: number;
}

export interface SelfTableResult extends ExtractResult {
  /** Document path (`finance.budget`, `indicators[2]`) → the cell its value was read from. */
  cells: Record<string, SelfTableCell>;
}

/** Rows of the tables read one after another → table and row, from 1. */
function cellsOf(tables: TableBlock[], at: SelfTableRows['cells']): Record<string, SelfTableCell> {
  const starts = tables.map((_, i) => tables.slice(0, i).reduce((n, t) => n + t.rows.length, 0));
  const out: Record<string, SelfTableCell> = {};
  for (const [path, { row, column }] of Object.entries(at)) {
    let t = starts.length - 1;
    while (t > 0 && starts[t]! > row) t--;
    out[path] = { table: t + 1, row: row - starts[t]! + 1, column: column + 1 };
  }
  return out;
}

/**
 * A layout that is the official 自评表 read into an evaluation; null when it is not one (a report with sections).
 * @example assembleSelfTable((await readLayout(bytes, '自评表.xlsx')).doc)?.evaluation.reported.total // 95.1
 */
export function assembleSelfTable(doc: LayoutDoc, filename?: string): SelfTableResult | null {
  const tables = doc.blocks.filter((b): b is TableBlock => b.kind === 'table');
  if (!tables.length || !isTableDocument(doc, tables)) return null;
  const anchor = tables.some((t) => t.anchor === 'middle') ? 'middle' : 'top';
  const rows = readSelfTableRows(
    tables.flatMap((t) => t.rows),
    anchor,
  );
  if (!isSelfTable(rows)) return null;
  const paras = doc.blocks.filter((b): b is ParaBlock => b.kind === 'para');
  const firstOrigin = tables[0]!.origin;
  const warnings: ExtractWarning[] = [...doc.warnings];

  // The year: its row, else the title above or in the table (2024年度…), else the file name.
  const titles = [...paras.map((p) => p.text), ...tables[0]!.rows.slice(0, 2).flat()];
  let year = rows.year;
  for (const t of titles) {
    if (year != null) break;
    const m = /(20\d{2})\s*年/.exec(t);
    if (m) year = Number(m[1]);
  }
  if (year == null && filename) {
    const m = /(20\d{2})/.exec(filename);
    if (m) {
      year = Number(m[1]);
      warn({ warnings }, 'extract_year_from_filename', { year }, firstOrigin);
    }
  }
  if (year == null) throw new ExtractError('year_missing', filename);
  const department = rows.department?.replace(/\s+/g, '') ?? null;
  if (!department) throw new ExtractError('not_a_report', filename);
  const district = /市([\u4e00-\u9fa5]{1,4}?[区县])/.exec(department)?.[1] ?? null;
  const region = /^(?:[\u4e00-\u9fa5]{2}省)?([\u4e00-\u9fa5]{2,3}?)市/.exec(department)?.[1] ?? null;
  const resolved = resolveRubric(region ?? '广州', year) ?? resolveRubric('广州', year);
  if (!resolved) throw new ExtractError('not_a_report', filename, '没有可用的评分标准');
  if (region !== '广州')
    warn({ warnings }, 'extract_rubric_region', { rubric: resolved.rubric.id }, firstOrigin);
  else if (resolved.warning)
    warn({ warnings }, 'extract_rubric_fallback', { detail: resolved.warning }, firstOrigin);
  if (!district) warn({ warnings }, 'extract_district_missing', {}, firstOrigin);

  const scores: Record<string, number> = levelScores(rows);
  if (rows.total?.score != null) scores.预算资金支出率 = rows.total.score;
  if (rows.score != null) scores.总分 = rows.score;
  const total = rows.total;
  const indicators: Indicator[] = rows.indicators.map((x) => ({
    level1: x.level1,
    level2: x.level2,
    name: x.name,
    target: x.target,
    actual: x.actual,
    points: x.points,
    reportedScore: x.score,
    deviationReason: x.reason,
  }));
  // The title: a paragraph above the table, or the table's first row (a workbook's merged title row).
  const candidates = [...paras.map((p) => p.text.trim()), ...(tables[0]!.rows[0] ?? [])];
  // Every stated figure with its cell, as the general reader keeps them (the review links each to its place).
  const cells = cellsOf(tables, rows.cells);
  const stated: [string, number | string | null | undefined][] = [
    ['reported.total', rows.score],
    ['reported.grade', gradeOf(rows.grade)],
    ['reported.executionRate', total?.rate],
    ['finance.budget', total?.budget],
    ['finance.executed', total?.executed],
  ];
  const statements: Statement[] = stated.flatMap(([field, value]) => {
    const c = cells[field];
    if (value == null || !c) return [];
    const label = tables[c.table - 1]!.rows[c.row - 1]!.find((x) => x.trim())
      ?.trim()
      .slice(0, 200);
    return [
      {
        field,
        value,
        place: { table: c.table, row: c.row, column: c.column, ...(label ? { text: label } : {}) },
      },
    ];
  });
  const title =
    candidates.find((t) => /绩效.*(?:自评表|评价表)/.test(t)) ??
    candidates.find((t) => /自评表|评价表/.test(t)) ??
    null;
  const draft: EvaluationInput = {
    department: { name: department, district, functions: [], units: [] },
    year,
    rubric: resolved.rubric.id,
    title,
    overview: rows.achieved.join('\n') || null,
    tasks: tasksOf(rows.tasks),
    goal: rows.goal.join('\n') || null,
    finance: {
      budget: total?.budget ?? null,
      executed: total?.executed ?? null,
      income: [],
      expenditure: [],
      expenditureBySource: rows.sources.map(toLine),
      comparisons: [],
    },
    indicators,
    management: [],
    projects: [],
    problems: rows.unmet ? [rows.unmet] : [],
    improvements: [],
    reported: {
      total: rows.score,
      grade: gradeOf(rows.grade),
      executionRate: total?.rate ?? null,
      scores,
      deductions: [],
      ...(statements.length ? { statements } : {}),
    },
    extraction: { source: filename ?? null, warnings: [] },
  };
  const evaluation = validateDraft(draft, warnings, filename);
  warnings.push(...checkExtraction(evaluation, resolved.rubric));
  evaluation.extraction = {
    source: filename ?? null,
    warnings: warnings.map(({ code, message, line, page }) => ({
      code,
      message,
      ...(line != null ? { line } : {}),
      ...(page != null ? { page } : {}),
    })),
  };
  return { evaluation, warnings, cells };
}
