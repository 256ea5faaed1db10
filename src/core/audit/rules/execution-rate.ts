/** 执行率 against 执行数 ÷ 预算数: the finance block, the stated and the narrative rate, every project. */
import { formatWan, round2 } from '../../money';
import { finding, SECTIONS } from '../_context';
import { checkRate } from '../_tolerance';
import type { AuditRule, Finding } from '../types';
import { financeRate, projectRate } from './_rates';

interface Basis {
  value: number;
  slack: number;
  /** What the rate was recomputed from, for the message. */
  from: string;
}

function compare(
  stated: number | null | undefined,
  basis: Basis | null,
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
    const fr = financeRate(e);
    const amounts: Basis | null = fr && {
      value: fr.value,
      slack: fr.slack,
      from: `执行数 ${formatWan(fr.executed)} 万元 ÷ 全年预算数 ${formatWan(fr.budget)} 万元`,
    };
    const statedInput: Basis | null =
      e.finance.executionRate == null
        ? null
        : { value: e.finance.executionRate, slack: 0, from: '收支情况中填写的执行率' };
    const reported: Basis | null =
      e.reported.executionRate == null
        ? null
        : { value: e.reported.executionRate, slack: 0, from: '报告列示的预算执行率' };
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
        amounts ?? statedInput,
        '报告列示的预算执行率',
        'reported.executionRate',
        SECTIONS.finance,
      ),
    );
    // Prose rounds the table's rate: compare it with that rate when stated (checked against the amounts above).
    out.push(
      ...compare(
        e.reported.narrativeExecutionRate,
        reported ?? amounts ?? statedInput,
        '文字表述的预算执行率',
        'reported.narrativeExecutionRate',
        SECTIONS.finance,
      ),
    );
    e.projects.forEach((p, j) => {
      const r = projectRate(p);
      const basis = r && {
        value: r.value,
        slack: r.slack,
        from: `执行数 ${formatWan(r.executed)} 万元 ÷ 预算数 ${formatWan(r.budget)} 万元`,
      };
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
