/** 执行率 against 执行数 ÷ 预算数: the finance block, the stated and the narrative rate, every project. */
import { round2 } from '../../money';
import { deriveRate } from '../../rubric/inputs';
import { finding, SECTIONS } from '../_context';
import { checkRate } from '../_tolerance';
import type { AuditRule, Finding } from '../types';
import { type Derived, forAudit, projectRate } from './_rates';

function compare(
  stated: number | null | undefined,
  basis: Derived | null,
  label: string,
  path: string,
  section: string,
): Finding[] {
  if (stated == null || !basis) return [];
  const r = checkRate(stated, basis.value, basis.slack);
  if (r === 'equal') return [];
  const expected = round2(basis.value);
  const params = { label, stated, computed: expected, from: basis.from };
  return [
    r === 'rounding'
      ? finding('execution_rate_rounded', 'info', section, path, expected, stated, params)
      : finding('execution_rate_mismatch', 'error', section, path, expected, stated, params),
  ];
}

export const executionRateRule: AuditRule = {
  id: 'execution-rate',
  codes: ['execution_rate_mismatch', 'execution_rate_rounded'],
  check: ({ evaluation: e }) => {
    const out: Finding[] = [];
    // As the engine derives it: from the amounts when both are given, else the rate stated in the finance block.
    const derived = deriveRate(e.finance, 'execution_rate');
    const rate = forAudit(derived);
    const amounts = derived?.source.kind === 'amounts' ? rate : null;
    const reported: Derived | null =
      e.reported.executionRate == null
        ? null
        : {
            value: e.reported.executionRate,
            slack: 0,
            from: '报告列示的预算执行率',
            path: 'reported.executionRate',
          };
    out.push(
      ...compare(
        e.finance.executionRate,
        amounts,
        '收支情况中的预算执行率',
        'finance.executionRate',
        SECTIONS.finance,
      ),
    );
    out.push(
      ...compare(
        e.reported.executionRate,
        rate,
        '报告列示的预算执行率',
        'reported.executionRate',
        SECTIONS.finance,
      ),
    );
    // Prose rounds the table's rate: compare it with that rate when stated (checked against the amounts above).
    out.push(
      ...compare(
        e.reported.narrativeExecutionRate,
        reported ?? rate,
        '文字表述的预算执行率',
        'reported.narrativeExecutionRate',
        SECTIONS.finance,
      ),
    );
    e.projects.forEach((p, j) => {
      const basis = projectRate(p, `projects[${j}]`);
      out.push(
        ...compare(
          p.executionRate,
          basis,
          `项目「${p.name}」的执行率`,
          `projects[${j}].executionRate`,
          SECTIONS.projects,
        ),
      );
    });
    return out;
  },
};
