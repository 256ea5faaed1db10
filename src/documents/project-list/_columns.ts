/** The header row of a project list, found by its labels wherever it sits, and the unit of its amount columns. */
import type { Cell } from './_table';

export const TEXT_KEYS = [
  'name',
  'code',
  'category',
  'department',
  'implementer',
  'owner',
  'source',
] as const;
export const AMOUNT_KEYS = ['initialBudget', 'budget', 'executed'] as const;
export type TextKey = (typeof TEXT_KEYS)[number];
export type AmountKey = (typeof AMOUNT_KEYS)[number];
export type ColumnKey = TextKey | AmountKey;
export type Unit = 'wan' | 'yuan';

const words = (s: string) => s.split(' ');

/** The spellings budget systems and offices use for each column, without spaces and unit. */
const ALIASES: Record<ColumnKey, readonly string[]> = {
  name: ['项目名称', '项目', '预算项目名称', '二级项目名称'],
  code: ['项目编码', '项目代码', '项目编号', '预算项目编码'],
  category: ['项目类别', '项目类型', '项目分类'],
  department: ['主管部门', '主管单位'],
  implementer: ['实施单位', '预算单位', '单位名称', '项目单位'],
  owner: ['项目负责人', '负责人'],
  source: ['资金来源', '资金性质', '经费来源'],
  initialBudget: ['年初预算数', '年初预算', '年初预算金额', '年初批复数', '年初安排数', '年初批复预算数'],
  budget: words(
    '全年预算数 调整后预算数 调整预算数 预算数 全年预算 调整后预算 预算金额 年度预算数 预算总额 批复预算数 预算批复数',
  ),
  executed: words(
    '全年执行数 执行数 支出数 决算数 实际支出数 实际支出 执行金额 年度执行数 已执行金额 实际支出金额 支出金额 累计支出数 累计执行数',
  ),
};

const KEY_OF = new Map<string, ColumnKey>(
  (Object.entries(ALIASES) as [ColumnKey, readonly string[]][]).flatMap(([k, names]) =>
    names.map((n) => [n, k] as const),
  ),
);

/** The Chinese name of each column in messages. */
export const COLUMN_LABEL: Record<ColumnKey, string> = {
  name: '项目名称',
  code: '项目编码',
  category: '项目类别',
  department: '主管部门',
  implementer: '实施单位',
  owner: '项目负责人',
  source: '资金来源',
  initialBudget: '年初预算数',
  budget: '全年预算数',
  executed: '全年执行数',
};

const UNIT_SUFFIX = /\((?:单位:?)?(万元|元)\)$/;

/** A header label without spaces, full-width forms, a leading `*` and its unit: `全年预算数（万元）` → 全年预算数, 万元. */
export function parseHeader(text: string): { base: string; unit: Unit | null } {
  let s = text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/^\*+|\*+$/g, '');
  const m = UNIT_SUFFIX.exec(s);
  let unit: Unit | null = null;
  if (m) {
    unit = m[1] === '元' ? 'yuan' : 'wan';
    s = s.slice(0, m.index);
  }
  return { base: s, unit };
}

export interface Column {
  key: ColumnKey;
  /** 0-based column index. */
  index: number;
  /** The header as typed. */
  label: string;
  unit: Unit | null;
}

export interface Header {
  /** 0-based row index of the header. */
  row: number;
  columns: Partial<Record<ColumnKey, Column>>;
  /** Columns whose key an earlier column already has: [the later one, the one used]. */
  duplicates: [Column, Column][];
  /** The unit a title line above the header states (单位：元), if any. */
  sheetUnit: Unit | null;
}

const cellText = (c: Cell | undefined) =>
  typeof c === 'string' ? c : typeof c === 'number' ? String(c) : '';

function columnsOf(row: readonly Cell[]): Omit<Header, 'row' | 'sheetUnit'> {
  const columns: Header['columns'] = {};
  const duplicates: [Column, Column][] = [];
  row.forEach((c, index) => {
    const label = cellText(c).trim();
    const { base, unit } = parseHeader(label);
    const key = KEY_OF.get(base);
    if (!key) return;
    const col = { key, index, label, unit };
    const first = columns[key];
    if (first) duplicates.push([col, first]);
    else columns[key] = col;
  });
  return { columns, duplicates };
}

/** How many rows from the top the header may sit below titles and notes. */
const HEADER_SEARCH_ROWS = 30;

/**
 * The first row (among the first 30) that has a 项目名称 column; else the first with two or more known columns,
 * which the caller reports as a list without names; null when no row looks like a header.
 */
export function findHeader(rows: readonly (readonly Cell[])[]): Header | null {
  let fallback: Header | null = null;
  let sheetUnit: Unit | null = null;
  for (let r = 0; r < Math.min(rows.length, HEADER_SEARCH_ROWS); r++) {
    const row = rows[r]!;
    const found = columnsOf(row);
    if (found.columns.name) return { row: r, ...found, sheetUnit };
    if (!fallback && Object.keys(found.columns).length >= 2) fallback = { row: r, ...found, sheetUnit };
    for (const c of row) {
      const m = /单位[:：]\s*(万元|元)/.exec(cellText(c).normalize('NFKC'));
      if (m) sheetUnit = m[1] === '元' ? 'yuan' : 'wan';
    }
  }
  return fallback;
}
