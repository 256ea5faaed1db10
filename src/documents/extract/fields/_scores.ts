/** Stated scores: the total, the grade, section and item scores (mapped to rubric nodes) and named deductions. */

import type { RubricNodeData } from '../../../core/rubric/schema';
import { compactOf, compactText } from '../layout/_chars';
import type { ColumnRole } from '../layout/_columns';
import type { ParaBlock } from '../layout/_model';
import { ancestry } from '../layout/_outline';
import { shapeTable } from '../layout/_table-shape';
import { parseNumber } from '../layout/_values';
import { departmentParas, departmentTables, type ExtractContext, warn } from './_context';
import { listedScores } from './_score-lists';
import {
  chosenStatement,
  keepStatement,
  placeOfCell,
  placeOfPara,
  type StatementPlace,
  sentenceAt,
  warnConflicts,
} from './_statements';

export interface StatedScores {
  total: number | null;
  grade: '优' | '良' | '中' | '差' | null;
  /** Rubric node name → stated score. */
  scores: Record<string, number>;
  deductions: Array<{ item: string; points: number; reason: string | null }>;
  /** Rows of score tables that name rubric leaves: evidence and score for `management`. */
  items: Array<{ node: RubricNodeData; score: number | null; evidence: string | null }>;
}

const SCORE =
  /(?:总得分|得分|自评结果|评价结果|评分结果)(?:为|是|达到|达|:)?(\d{1,3}(?:\.\d+)?)分(?![值率])/g;
const TOTAL_CUE = /总|整体|综合|最终|自评结果|评价结果/;
const FILLER = /^(?:本次|本项|该项|此项|其中|自评|指标|部门|共|合计|实际|最终|评价|的|,|，)*$/;

function clauses(before: string): string[] {
  const sentence = before.split(/[。；;！!？?]/).pop() ?? '';
  return sentence.split(/[，,：:]/);
}

/** The rubric node a heading chain names, nearest heading first. */
function contextNode(ctx: ExtractContext, p: ParaBlock): RubricNodeData | null {
  for (const s of ancestry(ctx.outline.sectionOf.get(p))) {
    if (!s.title) continue;
    const n = ctx.matcher.find(s.title);
    if (n) return n;
  }
  return null;
}

/** The path a stated score fills: the total, or a rubric node's score. */
const scorePath = (key: string) => (key === '总分' ? 'reported.total' : `reported.scores.${key}`);

function record(ctx: ExtractContext, key: string, value: number, place: StatementPlace): void {
  keepStatement(ctx.statements, { field: scorePath(key), value, place });
}

/** Fill the stated scores from their statements (a table's over the text's, see `chosenStatement`). */
function settle(ctx: ExtractContext, out: StatedScores): void {
  const fields = new Set(ctx.statements.map((s) => s.field));
  for (const field of fields) {
    const s = chosenStatement(ctx.statements, field);
    if (!s || typeof s.value !== 'number') continue;
    if (field === 'reported.total') out.total = s.value;
    else if (field.startsWith('reported.scores.'))
      out.scores[field.slice('reported.scores.'.length)] = s.value;
    else continue;
    warnConflicts(ctx, field, s);
  }
  const g = chosenStatement(ctx.statements, 'reported.grade');
  if (g) out.grade = g.value as StatedScores['grade'];
}

function readScoreStatements(ctx: ExtractContext): void {
  for (const p of departmentParas(ctx)) {
    const text = compactOf(p);
    for (const m of text.matchAll(SCORE)) {
      const value = Number(m[1]);
      if (!(value >= 0 && value <= 100)) continue;
      const parts = clauses(text.slice(0, m.index));
      const current = parts[parts.length - 1] ?? '';
      let node = ctx.matcher.find(current);
      let subject = current;
      if (!node && FILLER.test(current.replace(/\d+(?:\.\d+)?分?/g, '')) && parts.length > 1) {
        subject = parts[parts.length - 2] ?? '';
        node = ctx.matcher.find(subject);
      }
      const cue = `${subject}${current}`.replace(/(?:总分值?|分值|满分)(?:为)?\d+(?:\.\d+)?分/g, '');
      if (!node && (TOTAL_CUE.test(cue) || m[0].startsWith('总得分'))) {
        record(ctx, '总分', value, placeOfPara(p, sentenceAt(text, m.index)));
        continue;
      }
      node ??= contextNode(ctx, p);
      if (node) record(ctx, node.name, value, placeOfPara(p, sentenceAt(text, m.index)));
      // “本次自评得分 95 分” under no scored heading: the self-evaluation as a whole
      else if (/自评|评价/.test(cue)) record(ctx, '总分', value, placeOfPara(p, sentenceAt(text, m.index)));
      else
        warn(
          ctx,
          'extract_score_unmapped',
          { subject: (current || subject).slice(-30), score: value },
          p.origin,
        );
    }
    for (const x of listedScores(ctx.matcher, p))
      record(ctx, x.node.name, x.value, placeOfPara(p, sentenceAt(text, x.at)));
    const g = /(?:评价|自评|绩效)?等级(?:为|是|:|评定为)?[“”"'‘’「『]?([优良中差])/.exec(text);
    if (g)
      keepStatement(ctx.statements, {
        field: 'reported.grade',
        value: g[1]!,
        place: placeOfPara(p, sentenceAt(text, g.index)),
      });
  }
}

function readScoreTables(ctx: ExtractContext, out: StatedScores): void {
  for (const t of departmentTables(ctx)) {
    const shape = shapeTable(t);
    if (!shape) continue;
    const col = (r: ColumnRole) => shape.roles.indexOf(r);
    const score = col('score');
    if (score < 0 || col('target') >= 0) continue;
    const nameCol = [col('name'), col('item'), shape.roles.indexOf(null)].find((c) => c >= 0 && c !== score);
    if (nameCol == null) continue;
    const evidence = [col('actual'), col('reason')].find((c) => c >= 0);
    let group = '';
    for (const row of shape.body) {
      if (nameCol > 0 && row[0]) group = row[0];
      const label = compactText(row.slice(0, score).join('|'));
      const name = row[nameCol] ?? '';
      const value = parseNumber(row[score]);
      if (value == null || value < 0 || value > 100) continue;
      if (/总得分|总分|合计|总计/.test(label)) {
        record(ctx, '总分', value, placeOfCell(ctx.blocks, t, row, score));
        continue;
      }
      if (/小计/.test(label)) {
        // a subtotal belongs to the group named in the first column
        const g = ctx.matcher.exact(group) ?? ctx.matcher.find(group);
        if (g) record(ctx, g.name, value, placeOfCell(ctx.blocks, t, row, score));
        continue;
      }
      if (!name) continue;
      const node = ctx.matcher.exact(name) ?? ctx.matcher.find(name);
      if (!node) {
        warn(ctx, 'extract_score_unmapped', { subject: name, score: value }, t.origin);
        continue;
      }
      record(ctx, node.name, value, placeOfCell(ctx.blocks, t, row, score));
      if (!node.children?.length)
        out.items.push({ node, score: value, evidence: evidence != null ? row[evidence] || null : null });
    }
  }
}

const PREDICATE = /不达|未达到|未达|未能|未|低于|高于|超过|只有|仅|没有|不足|存在|偏低|偏高/;

function readDeductions(ctx: ExtractContext, out: StatedScores): void {
  for (const p of departmentParas(ctx)) {
    const text = compactOf(p).replace(/^[（(]?\d{1,2}[)）.、．]|^[（(][一二三四五六七八九十]+[)）]/, '');
    for (const m of text.matchAll(/扣(?:除|减)?(\d+(?:\.\d+)?)分/g)) {
      const points = Number(m[1]);
      if (!(points > 0 && points <= 100)) continue;
      const sentence = (
        text
          .slice(0, m.index)
          .split(/[。；;！!？?]/)
          .pop() ?? ''
      ).replace(/[，,]$/, '');
      const first = (sentence.split(/[，,]/)[0] ?? '').replace(/方面$/, '');
      // 「65岁及以上老年人健康管理人数」实际完成 4.2 万人，未达到…，扣0.5分: the quoted name is the item.
      const quoted = /^(?:因|由于|其中)?[「“"『]([^」”"』]{2,60})[」”"』]/.exec(first);
      const cut = first.search(PREDICATE);
      const item = quoted
        ? quoted[1]!
        : (cut > 0 ? first.slice(0, cut) : first).replace(/^(?:因|由于|其中)/, '');
      if (!item || item.length < 2) {
        warn(ctx, 'extract_deduction_item', { points }, p.origin);
        continue;
      }
      const rest = sentence.slice(sentence.indexOf(first) + item.length).replace(/^[，,]|方面[，,]?/g, '');
      const reason = rest.split(/[，,]/).filter(Boolean).pop() ?? null;
      out.deductions.push({ item, points, reason: reason || null });
    }
  }
}

export function extractScores(ctx: ExtractContext): StatedScores {
  const out: StatedScores = { total: null, grade: null, scores: {}, deductions: [], items: [] };
  readScoreStatements(ctx);
  readScoreTables(ctx, out);
  settle(ctx, out);
  readDeductions(ctx, out);
  return out;
}
