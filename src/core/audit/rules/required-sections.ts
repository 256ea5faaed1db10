/** Required parts of a report left empty: the department's name, its goal, the indicator table, problems, improvements. */
import type { Evaluation } from '../../model';
import { finding, SECTIONS } from '../_context';
import type { AuditRule, Finding, Severity } from '../types';

interface Required {
  path: string;
  label: string;
  section: string;
  severity: Severity;
  empty: (e: Evaluation) => boolean;
}

const blank = (s: string | null | undefined) => !s || s.trim() === '';

export const REQUIRED: readonly Required[] = [
  {
    path: 'department.name',
    label: '部门名称',
    section: SECTIONS.basic,
    severity: 'error',
    empty: (e) => blank(e.department.name),
  },
  {
    path: 'goal',
    label: '部门整体支出绩效目标',
    section: SECTIONS.basic,
    severity: 'warning',
    empty: (e) => blank(e.goal),
  },
  {
    path: 'indicators',
    label: '绩效指标表',
    section: SECTIONS.indicators,
    severity: 'warning',
    empty: (e) => e.indicators.length === 0,
  },
  {
    path: 'finance',
    label: '预算数和执行数',
    section: SECTIONS.finance,
    severity: 'warning',
    empty: (e) =>
      e.finance.budget == null &&
      e.finance.executed == null &&
      e.finance.executionRate == null &&
      e.reported.executionRate == null,
  },
  {
    path: 'problems',
    label: '存在的问题',
    section: SECTIONS.problems,
    severity: 'warning',
    empty: (e) => e.problems.length === 0,
  },
  {
    path: 'improvements',
    label: '改进措施',
    section: SECTIONS.problems,
    severity: 'warning',
    empty: (e) => e.improvements.length === 0,
  },
  {
    path: 'conclusion',
    label: '自评结论',
    section: SECTIONS.problems,
    severity: 'info',
    empty: (e) => blank(e.conclusion),
  },
];

export const requiredSectionsRule: AuditRule = {
  id: 'required-sections',
  codes: ['section_empty'],
  check: ({ evaluation: e }) => {
    const out: Finding[] = [];
    for (const r of REQUIRED) {
      if (r.empty(e))
        out.push(finding('section_empty', r.severity, r.section, r.path, null, null, { label: r.label }));
    }
    return out;
  },
};
