/**
 * A figure the report states at several places (its total in the text and in its score table): each statement
 * against the one the document took, and against the score the rubric computes; a difference is an error naming
 * both places.
 */
import { defineMessages } from '../../messages';
import { pathKeys } from '../../model/fields';
import { round2 } from '../../money';
import { getIn } from '../../paths';
import { finding, SECTIONS } from '../_context';
import type { AuditRule, Finding } from '../types';
import { byField, conflictsWith, describePlace, describeValue, differs, statementLabel } from './_statements';

const SECTION_OF = (field: string) =>
  field.startsWith('reported.')
    ? SECTIONS.scores
    : field.startsWith('finance.')
      ? SECTIONS.finance
      : SECTIONS.basic;

defineMessages({
  statement_conflict: (p) => `${p.field}：${p.firstAt}为 ${p.first}，${p.secondAt}为 ${p.second}`,
  statement_computed_differs: (p) =>
    `${p.field}：${p.at}为 ${p.stated}，按评分标准 ${p.rubric} 计算为 ${p.computed}`,
});

export const statementsRule: AuditRule = {
  id: 'statements',
  codes: ['statement_conflict', 'statement_computed_differs'],
  check: (ctx) => {
    const { evaluation: e } = ctx;
    const list = e.reported.statements ?? [];
    if (list.length < 2) return [];
    const out: Finding[] = [];
    for (const [field, of] of byField(list)) {
      // the statement the document took (its field's value), else the first read
      const value = getIn(e, pathKeys(field));
      const base = of.find((s) => s.value === value) ?? of[0]!;
      for (const s of conflictsWith(base, of)) {
        // named in reading order: the statement read first, first
        const [a, b] = of.indexOf(s) < of.indexOf(base) ? [s, base] : [base, s];
        out.push(
          finding(
            'statement_conflict',
            'error',
            SECTION_OF(field),
            field,
            describeValue(field, base.value),
            describeValue(field, s.value),
            {
              field: statementLabel(field),
              firstAt: describePlace(a.place),
              first: describeValue(field, a.value),
              secondAt: describePlace(b.place),
              second: describeValue(field, b.value),
            },
          ),
        );
      }
    }
    // a total stated at a place other than the one taken, against the computed total (score-total checks the taken one)
    const totals = byField(list).get('reported.total') ?? [];
    if (totals.length > 1 && ctx.rubric) {
      const score = ctx.score();
      if (score?.complete && score.total != null) {
        const computed = round2(score.total);
        const taken = e.reported.total;
        for (const s of totals) {
          if (typeof s.value !== 'number' || s.value === taken || !differs(s.value, computed)) continue;
          out.push(
            finding(
              'statement_computed_differs',
              'error',
              SECTIONS.scores,
              'reported.total',
              computed,
              s.value,
              {
                field: statementLabel('reported.total'),
                at: describePlace(s.place),
                stated: describeValue('reported.total', s.value),
                computed: describeValue('reported.total', computed),
                rubric: ctx.rubric.id,
              },
            ),
          );
        }
      }
    }
    return out;
  },
};
