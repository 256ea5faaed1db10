/** From laid-out blocks to the evaluation document: every field extractor run, the result validated. */
import {
  Evaluation,
  type EvaluationInput,
  type Finance,
  type Indicator,
  type ManagementItem,
} from '../../core/model/evaluation';
import { resolveRubric } from '../../rubrics';
import { checkExtraction } from './_completeness';
import { ExtractError } from './_errors';
import { departmentTables, type ExtractContext, warn } from './fields/_context';
import { extractFinance } from './fields/_finance';
import { extractIdentity } from './fields/_identity';
import { type IndicatorDraft, isIndicatorTable, readIndicatorTable } from './fields/_indicators';
import { extractLists } from './fields/_lists';
import { functionsOf, sectionText } from './fields/_narrative';
import { extractProjects, findProjectSections, splitParagraphProjects } from './fields/_projects';
import { buildMatcher } from './fields/_rubric-map';
import { extractScores } from './fields/_scores';
import { thresholdValue } from './fields/_thresholds';
import { levelsFromTitles } from './layout/_levels';
import type { ExtractWarning, LayoutDoc, ParaBlock } from './layout/_model';
import { ancestry, buildOutline } from './layout/_outline';

export interface ExtractResult {
  evaluation: Evaluation;
  warnings: ExtractWarning[];
}

const UNKNOWN_DEPARTMENT = '（未识别的部门）';

/** Remove the value at a zod issue path from the draft; returns a label for the warning. */
function dropAt(draft: Record<string, unknown>, path: ReadonlyArray<PropertyKey>): string {
  let obj: unknown = draft;
  for (let i = 0; i < path.length - 1; i++) {
    if (obj == null || typeof obj !== 'object') return path.join('.');
    obj = (obj as Record<PropertyKey, unknown>)[path[i] as string];
  }
  const last = path[path.length - 1];
  if (Array.isArray(obj) && typeof last === 'number') obj.splice(last, 1);
  else if (obj && typeof obj === 'object' && last != null)
    delete (obj as Record<PropertyKey, unknown>)[last as string];
  return path.map(String).join('.');
}

/**
 * The draft as a valid evaluation: each value the schema refuses is dropped with a warning naming its field; a
 * missing or wrong identity (department, year, rubric) means the file is not a report.
 */
export function validateDraft(
  draft: EvaluationInput,
  warnings: ExtractWarning[],
  filename?: string,
): Evaluation {
  for (let attempt = 0; attempt < 20; attempt++) {
    const r = Evaluation.safeParse(draft);
    if (r.success) return r.data;
    const issue = r.error.issues[0]!;
    if (
      issue.path.length <= 1 &&
      ['department', 'year', 'rubric', 'schema'].includes(String(issue.path[0]))
    ) {
      throw new ExtractError('not_a_report', filename, `${issue.path.join('.')}：${issue.message}`);
    }
    const field = dropAt(draft as Record<string, unknown>, issue.path);
    warnings.push({
      code: 'extract_invalid_value',
      message: `${field} 的值不合规，已舍弃（${issue.message}）`,
    });
  }
  throw new ExtractError('not_a_report', filename, '数据无法通过校验');
}

/**
 * Run one part of the extraction; an unexpected failure becomes a warning and the part is left empty, so one
 * unreadable table does not lose the rest of the document.
 */
function safely<T>(ctx: Pick<ExtractContext, 'warnings'>, part: string, run: () => T, fallback: T): T {
  try {
    return run();
  } catch (e) {
    if (e instanceof ExtractError) throw e;
    // The exception is a bug of the reader, worded for developers: the user is told which part could not be read.
    warn(ctx, 'extract_failed_part', { part });
    return fallback;
  }
}

/** Build the evaluation from a laid-out document. Throws ExtractError when it does not read as a report. */
export function assembleEvaluation(doc: LayoutDoc, filename?: string): ExtractResult {
  const blocks = doc.blocks;
  const outline = buildOutline(blocks);
  splitParagraphProjects(outline);
  const paras = blocks.filter((b): b is ParaBlock => b.kind === 'para');
  const warnings: ExtractWarning[] = [...doc.warnings];
  const id = extractIdentity(paras, filename);
  const firstOrigin = paras[0]?.origin;
  if (id.year == null) throw new ExtractError('year_missing', filename);
  if (id.yearFromFilename) warn({ warnings }, 'extract_year_from_filename', { year: id.year }, firstOrigin);
  const region = id.region ?? (paras.slice(0, 30).some((p) => p.text.includes('广州')) ? '广州' : null);
  const resolved = resolveRubric(region ?? '广州', id.year) ?? resolveRubric('广州', id.year);
  if (!resolved) throw new ExtractError('not_a_report', filename, '没有可用的评分标准');
  if (region !== '广州')
    warn({ warnings }, 'extract_rubric_region', { rubric: resolved.rubric.id }, firstOrigin);
  else if (resolved.warning)
    warn({ warnings }, 'extract_rubric_fallback', { detail: resolved.warning }, firstOrigin);

  const ctx: ExtractContext = {
    blocks,
    outline,
    matcher: buildMatcher(resolved.rubric),
    projects: new Set(findProjectSections(outline.root)),
    warnings,
    statements: [],
  };
  const scores = safely(ctx, '得分', () => extractScores(ctx), {
    total: null,
    grade: null,
    scores: {},
    deductions: [],
    items: [],
  });
  const fin = safely(ctx, '收支数据', () => extractFinance(ctx), {
    finance: { income: [], expenditure: [], expenditureBySource: [], comparisons: [] },
    executionRate: null,
    narrativeExecutionRate: null,
    indicatorCount: null,
    projectSelfEvaluations: null,
  });
  const indicators: IndicatorDraft[] = [];
  for (const t of departmentTables(ctx)) {
    safely(
      ctx,
      '绩效指标表',
      () => {
        if (!isIndicatorTable(t)) return;
        const titles = ancestry(outline.sectionOf.get(t)).map((s) => s.title);
        const r = readIndicatorTable(t, levelsFromTitles(titles));
        indicators.push(...r.indicators);
        warnings.push(...r.warnings);
      },
      undefined,
    );
  }
  const projects = safely(ctx, '重点项目', () => extractProjects(ctx, [...ctx.projects]), []);
  const lists = safely(ctx, '问题与改进措施', () => extractLists(outline.root), {
    problems: [],
    improvements: [],
  });

  const hasData =
    scores.total != null ||
    Object.keys(scores.scores).length > 0 ||
    indicators.length > 0 ||
    fin.executionRate != null;
  if (!id.department && !hasData) throw new ExtractError('not_a_report', filename);
  if (!id.department) warn({ warnings }, 'extract_department_missing', {}, firstOrigin);
  else if (!id.district) warn({ warnings }, 'extract_district_missing', {}, firstOrigin);

  const reportedScores: Record<string, number> = { ...scores.scores };
  if (scores.total != null) reportedScores.总分 = scores.total;
  const finance = { ...fin.finance };
  if (fin.executionRate != null && finance.budget == null && finance.executed == null)
    finance.executionRate = fin.executionRate;
  const management: ManagementItem[] = scores.items.map(({ node, score, evidence }) => {
    const m: ManagementItem = { item: node.name, deductions: [] };
    if (evidence) m.evidence = evidence;
    if (score != null) m.score = score;
    if (node.kind === 'threshold_at_most' || node.kind === 'threshold_at_least') {
      const v = thresholdValue(evidence, finance as Finance, node.params.input);
      if (v != null) m.value = v;
    }
    return m;
  });

  const draft: EvaluationInput = {
    department: {
      name: id.department ?? UNKNOWN_DEPARTMENT,
      district: id.district,
      functions: functionsOf(outline.root),
      units: [],
    },
    year: id.year,
    rubric: resolved.rubric.id,
    title: id.title,
    overview: sectionText(outline.root, /年度总体工作/),
    goal: sectionText(outline.root, /整体支出绩效目标$|部门整体绩效目标$|绩效目标$/),
    conclusion: sectionText(outline.root, /自评结论/),
    finance,
    indicators: indicators as Indicator[],
    management,
    projects: projects.map((p) => ({ ...p, indicators: p.indicators as Indicator[] })),
    problems: lists.problems,
    improvements: lists.improvements,
    reported: {
      total: scores.total,
      grade: scores.grade,
      executionRate: fin.executionRate,
      narrativeExecutionRate: fin.narrativeExecutionRate,
      scores: reportedScores,
      indicatorCount: fin.indicatorCount,
      deductions: scores.deductions,
      projectSelfEvaluations: fin.projectSelfEvaluations,
      // every place a figure is stated, the one taken included (see fields/_statements.ts)
      ...(ctx.statements.length ? { statements: ctx.statements } : {}),
    },
    extraction: { source: filename ?? null, warnings: [] },
  };
  const evaluation = validateDraft(draft, warnings);
  warnings.push(...checkExtraction(evaluation, resolved.rubric));
  // The document keeps each warning's place in the source; the field it points at is the response's alone.
  const kept = warnings.map(({ code, message, line, page }) => ({
    code,
    message,
    ...(line != null ? { line } : {}),
    ...(page != null ? { page } : {}),
  }));
  evaluation.extraction = { source: filename ?? null, warnings: kept };
  return { evaluation, warnings };
}
