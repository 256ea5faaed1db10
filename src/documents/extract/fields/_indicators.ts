/** Indicator tables to indicator rows: levels (merged label cells resolved), name, target, actual, status, completion. */
import type { Indicator } from '../../../core/model/evaluation';
import { makeWarning } from '../_warn';
import { cleanText, compactText } from '../layout/_chars';
import type { ColumnRole } from '../layout/_columns';
import { isCompleteLevel, isLevel1, isLevel2, isLevelish } from '../layout/_levels';
import type { ExtractWarning, TableBlock } from '../layout/_model';
import { type Anchor, collectAnchors, fillDown, runsOf, spreadMiddle } from '../layout/_spans';
import { shapeTable } from '../layout/_table-shape';
import { parseNumber } from '../layout/_values';

export type IndicatorDraft = Pick<Indicator, 'name'> & Partial<Indicator>;

/** True when a table lists indicators: a name column and a target or actual column. */
export function isIndicatorTable(t: TableBlock): boolean {
  const shape = shapeTable(t);
  if (!shape) return false;
  const has = (r: ColumnRole) => shape.roles.includes(r);
  return (
    (has('name') || has('level1') || has('level2')) && (has('target') || (has('actual') && !has('score')))
  );
}

/** Leading columns whose cells are level labels, when the header does not say so. */
function inferLevelColumns(roles: Array<ColumnRole | null>, body: readonly string[][]): void {
  if (roles.includes('level1') || roles.includes('level2')) return;
  const firstValue = roles.findIndex((r) => r === 'target' || r === 'actual');
  const levelCols: number[] = [];
  for (let c = 0; c < Math.max(0, firstValue - 1) && levelCols.length < 2; c++) {
    const vals = body.map((r) => r[c] ?? '').filter(Boolean);
    if (vals.length === 0) {
      if (levelCols.length) break;
      continue;
    }
    const share = vals.filter(isLevelish).length / vals.length;
    if (share < 0.6) break;
    levelCols.push(c);
  }
  if (levelCols.length === 0) return;
  if (levelCols.length === 2) {
    roles[levelCols[0]!] = 'level1';
    roles[levelCols[1]!] = 'level2';
  } else {
    const c = levelCols[0]!;
    const vals = body.map((r) => r[c] ?? '').filter(Boolean);
    roles[c] = vals.filter(isLevel1).length >= vals.length / 2 ? 'level1' : 'level2';
  }
  if (!roles.includes('name')) {
    const last = levelCols[levelCols.length - 1]!;
    const next = roles.findIndex((r, i) => i > last && r === null);
    if (next >= 0) roles[next] = 'name';
  }
}

function resolveColumn(
  cells: ReadonlyArray<string>,
  mode: 'top' | 'middle' | 'filled',
  from: number,
  to: number,
): Array<string | null> {
  if (mode === 'filled') {
    const out: Array<string | null> = [];
    let last: string | null = null;
    for (let r = from; r < to; r++) {
      last = cells[r] || last;
      out.push(last);
    }
    return out;
  }
  const anchors: Anchor[] = collectAnchors(cells, isCompleteLevel);
  return mode === 'top' ? fillDown(anchors, from, to) : spreadMiddle(anchors, from, to);
}

export interface IndicatorTableResult {
  indicators: IndicatorDraft[];
  warnings: ExtractWarning[];
}

/** Read one indicator table; `context` gives levels named by the headings above a table without level columns. */
export function readIndicatorTable(
  t: TableBlock,
  context: { level1: string | null; level2: string | null } = { level1: null, level2: null },
): IndicatorTableResult {
  const warnings: ExtractWarning[] = [];
  const shape = shapeTable(t, (row) => isLevelish(row[0] ?? ''));
  if (!shape) return { indicators: [], warnings };
  for (const row of shape.body) for (let k = 0; k < row.length; k++) row[k] = cleanText(row[k] ?? '');
  const { roles, body } = shape;
  inferLevelColumns(roles, body);
  const col = (r: ColumnRole) => roles.indexOf(r);
  const l1 = col('level1');
  const l2 = col('level2');
  // a second-level label written in the first-level column (after a page break) moves over
  if (l1 >= 0 && l2 >= 0) {
    for (const row of body) {
      const v = row[l1] ?? '';
      if (v && isLevel2(v) && !isLevel1(v) && !row[l2]) {
        row[l2] = v;
        row[l1] = '';
      }
    }
  }
  const n = body.length;
  const modeOf = (c: number): 'top' | 'middle' | 'filled' =>
    t.anchor === 'filled' || t.anchor === 'top' || t.anchor === 'middle'
      ? t.anchor
      : body[0]?.[c]
        ? 'top'
        : 'middle';
  const spread = [l1, l2].filter(
    (c) => c >= 0 && modeOf(c) === 'middle' && body.filter((r) => r[c]).length > 1,
  );
  if (spread.length) {
    const levels = spread.map((c) => (c === l1 ? '一级指标' : '二级指标')).join('、');
    warnings.push(makeWarning('extract_levels_spread', { levels }, t.origin));
  }
  const level1 =
    l1 >= 0
      ? resolveColumn(
          body.map((r) => r[l1] ?? ''),
          modeOf(l1),
          0,
          n,
        )
      : new Array(n).fill(null);
  const level2: Array<string | null> = new Array(n).fill(null);
  if (l2 >= 0) {
    const cells = body.map((r) => r[l2] ?? '');
    for (const run of runsOf(level1)) {
      resolveColumn(cells, modeOf(l2), run.start, run.end).forEach((v, i) => {
        level2[run.start + i] = v;
      });
    }
  }
  const get = (row: readonly string[], r: ColumnRole) => {
    const c = col(r);
    const v = c >= 0 ? (row[c] ?? '').trim() : '';
    // a dash or slash stands for “nothing written”
    return v && !/^[-—–－/／\\无]+$/.test(v) ? v : null;
  };
  const indicators: IndicatorDraft[] = [];
  body.forEach((row, i) => {
    const name = get(row, 'name');
    if (!name) {
      const rest = row.filter((c, k) => c && k !== l1 && k !== l2);
      if (rest.length > 0)
        warnings.push(
          makeWarning(
            'extract_table_row',
            { row: shape.headerRow + i + 2, detail: '没有指标名称，未读取' },
            t.origin,
          ),
        );
      return;
    }
    if (/^(?:合计|总计|总分|小计)$/.test(compactText(name))) return;
    const ind: IndicatorDraft = { name };
    const lv1 = level1[i] ?? (l1 < 0 ? context.level1 : null);
    const lv2 = level2[i] ?? (l2 < 0 ? context.level2 : null);
    if (lv1) ind.level1 = lv1;
    if (lv2) ind.level2 = lv2;
    for (const [role, field] of [
      ['target', 'target'],
      ['actual', 'actual'],
      ['status', 'status'],
      ['completion', 'completion'],
      ['reason', 'deviationReason'],
    ] as const) {
      const v = get(row, role);
      if (v) ind[field] = v;
    }
    const points = parseNumber(get(row, 'points'));
    const score = parseNumber(get(row, 'score'));
    if (points != null && points >= 0 && points <= 100) ind.points = points;
    if (score != null && score >= 0 && score <= 100) ind.reportedScore = score;
    indicators.push(ind);
  });
  return { indicators, warnings };
}
