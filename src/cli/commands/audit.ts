/** `jixiao audit FILE [--json]`: every inconsistency grouped by section in Chinese, or as JSON; exit 1 on any error. */

import { auditEvaluation, countFindings, type Finding, groupFindings, renderFinding } from '../../core/audit';
import { findRubric } from '../../rubrics';
import type { RegisterCommand } from '.';
import { loadEvaluation } from './_load';

const LABEL = { error: '错误', warning: '警告', info: '提示' } as const;

/** The findings as readable lines: a header per section, one line per finding with its path. */
export function renderAuditReport(findings: readonly Finding[]): string[] {
  const c = countFindings(findings);
  if (findings.length === 0) return ['未发现问题：各项数字相互一致。'];
  const out = [`共 ${findings.length} 条：错误 ${c.error} 条，警告 ${c.warning} 条，提示 ${c.info} 条`];
  for (const g of groupFindings(findings)) {
    out.push('', `【${g.section}】`);
    for (const f of g.findings) out.push(`  [${LABEL[f.severity]}] ${renderFinding(f)}（${f.path}）`);
  }
  return out;
}

export const registerAudit: RegisterCommand = (program, io, exit) => {
  program
    .command('audit')
    .description('审核评价文件：重算并交叉核对每一个数字，说明每一处不一致（有错误时退出码为 1）')
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
