/** `jixiao audit FILE [--json]`: every inconsistency grouped by section in Chinese, or as JSON; exit 1 on any error. */

import { auditEvaluation, countFindings, type Finding, groupFindings, renderFinding } from '../../core/audit';
import { SEVERITY_LABEL } from '../../core/labels';
import { findRubric } from '../../rubrics';
import type { RegisterCommand } from '.';
import { loadEvaluation } from './_load';

/** The findings as readable lines: a header per section, one line per finding with its path. */
export function renderAuditReport(findings: readonly Finding[]): string[] {
  const c = countFindings(findings);
  if (findings.length === 0) return ['未发现问题：各项数字相互一致。'];
  const out = [`共 ${findings.length} 条：错误 ${c.error} 条，警告 ${c.warning} 条，提示 ${c.info} 条`];
  for (const g of groupFindings(findings)) {
    out.push('', `【${g.section}】`);
    for (const f of g.findings)
      out.push(`  [${SEVERITY_LABEL[f.severity]}] ${renderFinding(f)}（${f.path}）`);
  }
  return out;
}

export const registerAudit: RegisterCommand = (command, io, exit) => {
  command
    .argument('<file>', '评价文件（JSON）')
    .option('--json', '以 JSON 输出 {findings, counts}')
    .action(async (file: string, opts: { json?: boolean }) => {
      const e = await loadEvaluation(io, file);
      const findings = auditEvaluation(e, findRubric(e.rubric));
      const counts = countFindings(findings);
      if (opts.json) {
        io.out(
          JSON.stringify(
            { findings: findings.map((f) => ({ ...f, message: renderFinding(f) })), counts },
            null,
            2,
          ),
        );
      } else {
        io.out(`${e.department.name} ${e.year} 年度　审核结果`);
        io.out(renderAuditReport(findings).join('\n'));
      }
      exit(counts.error > 0 ? 1 : 0);
    });
};
