/** Budget and execution figures: from prose (see _finance-prose) and from income and expenditure tables. */
import type { Finance, FinanceLine } from '../../../core/model/evaluation';
import { compactOf, compactText } from '../layout/_chars';
import type { ColumnRole } from '../layout/_columns';
import type { TableBlock } from '../layout/_model';
import { shapeTable } from '../layout/_table-shape';
import { parseNumber, toWan } from '../layout/_values';
import { departmentParas, departmentTables, type ExtractContext } from './_context';
import { type ProseState, readSentence, setOnce } from './_finance-prose';
import { placeOfCell } from './_statements';

export type FinanceDraft = Partial<
  Omit<Finance, 'income' | 'expenditure' | 'expenditureBySource' | 'comparisons'>
> & {
  income: FinanceLine[];
  expenditure: FinanceLine[];
  expenditureBySource: FinanceLine[];
  comparisons: Finance['comparisons'];
};

export interface FinanceResult {
  finance: FinanceDraft;
  /** 预算执行率 (%) as the report states it, and a rounded one from prose when it differs. */
  executionRate: number | null;
  narrativeExecutionRate: number | null;
  indicatorCount: number | null;
  projectSelfEvaluations: number | null;
}

/** An income or expenditure table: lines by name, a 合计 row as stated totals. */
function readTable(d: ProseState, t: TableBlock): void {
  const shape = shapeTable(t);
  if (!shape) return;
  const col = (r: ColumnRole) => shape.roles.indexOf(r);
  const amounts = { initial: col('initial'), budget: col('budget'), actual: col('spent') };
  if (amounts.budget < 0 && amounts.actual < 0) return;
  if (col('target') >= 0 || col('score') >= 0) return;
  const nameCol = Math.max(
    0,
    shape.roles.findIndex((r) => r === 'item' || r === null),
  );
  const unit = /[(（]元[)）]/.test(shape.header.join('')) ? '元' : '万元';
  const lines: Array<FinanceLine & { kind: 'income' | 'expenditure' | 'total' }> = [];
  for (const row of shape.body) {
    const name = compactText(row[nameCol] ?? '').replace(/^[一二三四五六七八九十]+[、.．]|^\d+[.、．]/, '');
    if (!name) continue;
    const line: FinanceLine = { name };
    for (const [k, c] of Object.entries(amounts) as Array<[keyof typeof amounts, number]>) {
      const v = c >= 0 ? parseNumber(row[c]) : null;
      if (v != null) line[k] = toWan(v, unit);
    }
    if (line.initial == null && line.budget == null && line.actual == null) continue;
    const kind = /合计|总计/.test(name) ? 'total' : /收入/.test(name) ? 'income' : 'expenditure';
    lines.push({ ...line, kind });
  }
  const body = lines.filter((l) => l.kind !== 'total');
  if (body.length === 0) return;
  const isIncome = body.filter((l) => l.kind === 'income').length > body.length / 2;
  const f = d.r.finance;
  const target = isIncome ? f.income : f.expenditure;
  for (const { kind: _kind, ...l } of body) {
    const hit = target.find((x) => x.name === l.name);
    if (!hit) target.push(l);
    else for (const k of ['initial', 'budget', 'actual'] as const) hit[k] ??= l[k];
  }
  const total = lines.find((l) => l.kind === 'total');
  if (total) {
    const totals = {
      initial: total.initial ?? null,
      budget: total.budget ?? null,
      actual: total.actual ?? null,
    };
    if (isIncome) f.incomeTotal = { ...totals, ...(f.incomeTotal ?? {}) };
    else f.expenditureTotal = totals;
  }
  if (!isIncome) {
    const basic = body.find((l) => /^基本支出/.test(l.name));
    const project = body.find((l) => /^项目支出/.test(l.name));
    // the figure's place: its row of the table
    const at = (name: string) => {
      const row = t.rows.findIndex((r) => compactText(r.join('')).includes(name));
      d.sentence = undefined;
      return placeOfCell(d.ctx.blocks, t, Math.max(row, 0), amounts.actual);
    };
    if (basic?.actual != null) setOnce(d, 'basic', basic.actual, at(basic.name), '基本支出');
    if (project?.actual != null) setOnce(d, 'project', project.actual, at(project.name), '项目支出');
  }
}

export function extractFinance(ctx: ExtractContext): FinanceResult {
  const r: FinanceResult = {
    finance: { income: [], expenditure: [], expenditureBySource: [], comparisons: [] },
    executionRate: null,
    narrativeExecutionRate: null,
    indicatorCount: null,
    projectSelfEvaluations: null,
  };
  const d: ProseState = { ctx, r };
  for (const p of departmentParas(ctx)) {
    for (const s of compactOf(p).split(/[。！!？?]/)) if (/\d/.test(s)) readSentence(d, s, p.origin);
  }
  for (const t of departmentTables(ctx)) {
    readTable(d, t);
    // figures stated as the evidence of a scored item (结转结余率：2.33%, “三公”经费支出 …)
    const shape = shapeTable(t);
    if (!shape?.roles.includes('score')) continue;
    const ev = [shape.roles.indexOf('actual'), shape.roles.indexOf('reason')].filter((c) => c >= 0);
    for (const row of shape.body)
      for (const c of ev)
        for (const s of compactText(row[c] ?? '').split(/[。！!？?]/))
          if (/\d/.test(s)) readSentence(d, s, t.origin);
  }
  return r;
}
