/** The 评分明细 sheet: every rubric item with its 分值, its one printed score and the evidence. */
import type ExcelJS from 'exceljs';
import type { Evaluation } from '../../core/model';
import {
  originLabel,
  printedScore,
  printedTotal,
  type Rubric,
  type RubricNodeData,
  renderPart,
  renderSplit,
  type ScoreNode,
  type ScoreResult,
  splitPoints,
} from '../../core/rubric';
import { nameKey } from '../../core/text';
import { border, FONT, headerRow, mergeRuns, printSetup, put, type Value } from './_cells-style';
import {
  type ColumnSpec,
  columnLetter,
  ITEM_COLUMNS,
  ITEM_HEADER_ROW,
  ITEM_ORIGIN_COLUMNS,
  SHEET_ITEMS,
  TOTAL_LABEL,
} from './_layout';
import { fitRowHeights } from './_row-heights';

interface ItemRow {
  level1: string;
  level2: string;
  node: ScoreNode | null;
  rubricNode: RubricNodeData | null;
}

/** Rubric leaves with their first- and second-level names, depth first. */
function leafRows(root: ScoreNode, rubric: Rubric): ItemRow[] {
  const out: ItemRow[] = [];
  const walk = (n: ScoreNode, rn: RubricNodeData | undefined, trail: string[]) => {
    if (!n.children?.length) {
      out.push({
        level1: trail[0] ?? '',
        level2: trail.length > 1 ? (trail[1] ?? '') : '',
        node: n,
        rubricNode: rn ?? null,
      });
      return;
    }
    for (const c of n.children)
      walk(
        c,
        rn?.children?.find((x) => x.name === c.name),
        [...trail, c.name],
      );
  };
  walk(root, rubric.root, []);
  return out.map((r) => (r.level2 === r.node?.name ? { ...r, level2: '' } : r));
}

const ITEM_KINDS = new Set(['judgement', 'threshold_at_most', 'threshold_at_least']);

export function itemsSheet(
  wb: ExcelJS.Workbook,
  e: Evaluation,
  score: ScoreResult | null,
  rubric: Rubric | null,
): void {
  const ws = wb.addWorksheet(SHEET_ITEMS, { views: [{ state: 'frozen', ySplit: ITEM_HEADER_ROW }] });
  const columns = [...ITEM_COLUMNS, ...ITEM_ORIGIN_COLUMNS];
  ws.columns = columns.map((c) => ({ width: c.width }));
  ws.mergeCells(`A1:${columnLetter(columns.length)}1`);
  put(ws, 'A1', rubric ? `评分明细（${rubric.name}）` : '评分明细（所选评分标准未收录，无法计算得分）', {
    align: 'center',
  });
  ws.getCell('A1').font = { ...FONT, size: 14, bold: true };
  headerRow(ws, ITEM_HEADER_ROW, columns);

  const used = new Set<number>();
  const rows = score && rubric ? leafRows(score.root, rubric) : [];
  const lines: Value[][] = rows.map(({ level1, level2, node, rubricNode }) => {
    const names = [node?.name ?? '', ...(rubricNode?.aliases ?? [])].map(nameKey);
    const idx = ITEM_KINDS.has(node?.kind ?? '')
      ? e.management.findIndex((m, k) => !used.has(k) && names.includes(nameKey(m.item)))
      : -1;
    if (idx >= 0) used.add(idx);
    const item = idx >= 0 ? e.management[idx] : undefined;
    const name = item?.item ?? node?.name ?? '';
    // the node's score as printed everywhere (a judged item's is what the person entered), never a stated one
    return [
      level1,
      level2,
      name,
      node?.max,
      item?.value,
      printedScore(node?.score),
      item?.evidence,
      item?.reason,
      node ? originLabel(node) : null,
      node?.origin.parts.map((p) => renderPart(p)).join('\n') || null,
    ];
  });
  e.management.forEach((m, k) => {
    if (!used.has(k))
      lines.push(['', '', m.item, null, m.value, printedScore(m.score), m.evidence, m.reason]);
  });
  lines.push([
    '',
    '',
    TOTAL_LABEL,
    score ? score.root.max : null,
    null,
    score ? printedTotal(score).total : null,
    null,
    null,
    score ? originLabel(score.root) : null,
    score ? renderSplit(splitPoints(score.root)) : null,
  ]);

  const first = ITEM_HEADER_ROW + 1;
  lines.forEach((vals, i) => {
    vals.forEach((v, c) => {
      const col = columns[c] as ColumnSpec;
      put(ws, `${String.fromCharCode(65 + c)}${first + i}`, v, {
        numFmt: col.numFmt,
        align: col.kind === 'number' || c <= 1 ? 'center' : 'left',
      });
    });
  });
  const totalRow = ws.getRow(first + lines.length - 1);
  totalRow.font = { ...FONT, bold: true };
  const l1 = lines.map((l) => String(l[0] ?? ''));
  mergeRuns(ws, 1, first, l1);
  mergeRuns(
    ws,
    2,
    first,
    lines.map((l, k) => (l[1] ? `${l1[k]}\u0000${l[1]}` : '')),
  );
  border(ws, ITEM_HEADER_ROW, first + lines.length - 1, columns.length);
  fitRowHeights(ws, 1, first + lines.length - 1, columns.length);
  printSetup(ws, ITEM_HEADER_ROW, true);
}
