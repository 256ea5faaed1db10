import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditEvaluation } from '../../core/audit';
import { Evaluation } from '../../core/model';
import { findRubric } from '../../rubrics';
import { deriveEvaluation, safeAudit, safeScore } from './derive';

const dir = new URL('../../../examples/', import.meta.url);
const examples = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => [f, Evaluation.parse(JSON.parse(readFileSync(new URL(f, dir), 'utf8')))] as const);

describe('deriveEvaluation', () => {
  it.each(examples)(
    '%s: the audit given the score finds what the audit scoring by itself finds',
    (_, doc) => {
      const score = safeScore(doc);
      expect(score).not.toBeNull();
      const alone = auditEvaluation(doc, findRubric(doc.rubric));
      expect(safeAudit(doc, score)).toEqual(alone);
      const derived = deriveEvaluation(doc);
      expect(derived.findingsError).toBe(alone.filter((f) => f.severity === 'error').length);
      expect(derived.findingsWarning).toBe(alone.filter((f) => f.severity === 'warning').length);
    },
  );

  it('a document with an unknown rubric is audited without a score, as before', () => {
    const doc = { ...examples[0]![1], rubric: 'no-such-rubric' };
    expect(safeScore(doc)).toBeNull();
    expect(safeAudit(doc, null)).toEqual(auditEvaluation(doc, null));
  });
});
