/** Lint findings as Chinese lines for a command to print, as `jixiao audit` prints audit findings. */
import { countFindings, groupFindings, renderFinding } from '../audit';
import { SEVERITY_LABEL } from '../labels';
import './messages';
import type { LintFinding } from './types';

/** A finding's Chinese sentence, from the one message map. */
export function renderLint(f: LintFinding): string {
  return renderFinding(f);
}

/**
 * The findings as readable lines: a count, a header per section, one line per finding with its principle and path.
 * @example renderLintReport([])[0] // '未发现问题：各项目标符合设置要求。'
 */
export function renderLintReport(findings: readonly LintFinding[]): string[] {
  if (findings.length === 0) return ['未发现问题：各项目标符合设置要求。'];
  const c = countFindings(findings);
  const out = [`共 ${findings.length} 条：错误 ${c.error} 条，警告 ${c.warning} 条，提示 ${c.info} 条`];
  for (const g of groupFindings(findings)) {
    out.push('', `【${g.section}】`);
    for (const f of g.findings as LintFinding[])
      out.push(`  [${SEVERITY_LABEL[f.severity]}] ${renderLint(f)}（${f.principle}；${f.path}）`);
  }
  return out;
}

/** The findings as JSON for `--json` and the API: each with its Chinese message, and the counts. */
export function presentLintFindings(findings: readonly LintFinding[]): {
  findings: Array<LintFinding & { message: string }>;
  counts: ReturnType<typeof countFindings>;
} {
  return {
    findings: findings.map((f) => ({ ...f, message: renderLint(f) })),
    counts: countFindings(findings),
  };
}
