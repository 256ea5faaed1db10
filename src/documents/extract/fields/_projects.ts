/** Key projects described in a report: a section titled …项目 with its funding table and indicator table. */
import type { FundingLine } from '../../../core/model/evaluation';
import { compactText } from '../layout/_chars';
import type { Block, ParaBlock, TableBlock } from '../layout/_model';
import { allSections, type Outline, type Section, sectionTables } from '../layout/_outline';
import { shapeTable } from '../layout/_table-shape';
import { parseNumber, toWan } from '../layout/_values';
import type { ExtractContext } from './_context';
import { type IndicatorDraft, isIndicatorTable, readIndicatorTable } from './_indicators';

export interface ProjectDraft {
  name: string;
  budget?: number | null;
  executed?: number | null;
  executionRate?: number | null;
  funding: FundingLine[];
  indicators: IndicatorDraft[];
}

/** A table of funds: a source column and budget or spent amounts. */
export function isFundingTable(t: TableBlock): boolean {
  const s = shapeTable(t);
  return (
    !!s &&
    (s.roles.includes('budget') || s.roles.includes('spent')) &&
    !s.roles.includes('target') &&
    !s.roles.includes('score')
  );
}

const GENERIC = /^各|^主要|^重点|^全部|^部门|情况分析$|完成情况$|项目支出|等项目/;

function projectName(title: string): string | null {
  const t = compactText(title).replace(/[。；;:：]+$/, '');
  const m = /^(.{2,40}?项目)(?:绩效)?(?:自评)?(?:预算执行|实施|完成)?(?:情况)?$/.exec(t);
  if (!m || GENERIC.test(m[1]!)) return null;
  return m[1]!;
}

/** 「中小学校舍维修改造项目：全年预算 6,820.00 万元，…」: a paragraph that opens a project by its name. */
function introducedProject(b: Block): string | null {
  if (b.kind !== 'para') return null;
  const m = /^(.{2,40}?项目)[：:]/.exec(compactText(b.text));
  return m ? projectName(m[1]!) : null;
}

/**
 * A project a report introduces in a paragraph rather than a heading, its tables after it: each becomes a section
 * of its own under the section it sits in (the paragraph its heading), so that its tables are the project's and not
 * the department's. Only a paragraph followed by a funding or indicator table before the next one opens a project.
 */
export function splitParagraphProjects(outline: Outline): void {
  for (const sec of allSections(outline.root)) {
    const starts = sec.blocks.flatMap((b, i) => (introducedProject(b) ? [i] : []));
    if (!starts.length) continue;
    const made: Section[] = [];
    const cut = starts.map((start, k) => {
      const end = starts[k + 1] ?? sec.blocks.length;
      const body = sec.blocks.slice(start + 1, end);
      const hasTable = body.some((b) => b.kind === 'table' && (isFundingTable(b) || isIndicatorTable(b)));
      return hasTable ? { start, end, body } : null;
    });
    for (const c of cut) {
      if (!c) continue;
      const heading = sec.blocks[c.start] as ParaBlock;
      const child: Section = {
        title: introducedProject(heading)!,
        heading,
        key: 'project-paragraph',
        parent: sec,
        children: [],
        blocks: c.body,
        depth: sec.depth + 1,
      };
      for (const b of [heading, ...c.body]) outline.sectionOf.set(b, child);
      made.push(child);
    }
    if (!made.length) continue;
    const moved = new Set(made.flatMap((s) => [s.heading!, ...s.blocks]));
    sec.blocks = sec.blocks.filter((b) => !moved.has(b));
    // Their blocks came before the section's first child: so do they.
    sec.children = [...made, ...sec.children];
  }
}

/** Sections that describe one project each. */
export function findProjectSections(root: Section): Section[] {
  return allSections(root).filter((s) => {
    if (!s.title || !projectName(s.title)) return false;
    return sectionTables(s).some((t) => isFundingTable(t) || isIndicatorTable(t));
  });
}

function readFunding(t: TableBlock, p: ProjectDraft): void {
  const s = shapeTable(t);
  if (!s) return;
  const col = (r: string) => s.roles.indexOf(r as never);
  const nameCol = Math.max(
    0,
    s.roles.findIndex((r) => r === 'item' || r === null),
  );
  const unit = /[(（]元[)）]/.test(s.header.join('')) ? '元' : '万元';
  const amount = (v: string | undefined) => {
    const n = parseNumber(v);
    return n == null ? null : toWan(n, unit);
  };
  let total: { budget: number | null; executed: number | null; rate: number | null } | null = null;
  let firstRate: number | null = null;
  for (const row of s.body) {
    const name = row[nameCol] ?? '';
    if (!name) continue;
    const budget = amount(row[col('budget')]);
    const executed = amount(row[col('spent')]);
    const rate = parseNumber(row[col('rate')]);
    if (/^(?:合计|总计|小计)$/.test(compactText(name))) {
      total = { budget, executed, rate };
      continue;
    }
    const line: FundingLine = { source: compactText(name) };
    const initial = amount(row[col('initial')]);
    if (initial != null) line.initial = initial;
    if (budget != null) line.budget = budget;
    if (executed != null) line.executed = executed;
    p.funding.push(line);
    if (p.funding.length === 1) firstRate = rate;
  }
  if (total) {
    p.budget = total.budget;
    p.executed = total.executed;
    p.executionRate = total.rate;
  } else if (p.funding.length === 1) {
    p.budget = p.funding[0]!.budget ?? null;
    p.executed = p.funding[0]!.executed ?? null;
    p.executionRate = firstRate;
  }
}

export function extractProjects(ctx: ExtractContext, sections: readonly Section[]): ProjectDraft[] {
  return sections.map((sec) => {
    const p: ProjectDraft = { name: projectName(sec.title) ?? sec.title, funding: [], indicators: [] };
    for (const t of sectionTables(sec)) {
      if (isFundingTable(t) && p.funding.length === 0) readFunding(t, p);
      else if (isIndicatorTable(t)) {
        const r = readIndicatorTable(t);
        p.indicators.push(...r.indicators);
        ctx.warnings.push(...r.warnings);
      }
    }
    return p;
  });
}
