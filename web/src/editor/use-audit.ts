/** The audit panel's findings, computed in the browser by the core audit (loaded on demand) plus schema checks. */
import { useEffect, useState } from 'react';
import type { Evaluation } from '../../../src/core/model';
import type { Rubric } from '../../../src/core/rubric';
import { validateEvaluation } from '../../../src/core/validate';
import { findRubric } from '../../../src/rubrics';
import { api } from '../api';
import { toUiFinding, type UiFinding } from '../lib/findings';

type AuditModule = typeof import('../../../src/core/audit');

let loading: Promise<AuditModule | null> | null = null;

/** The core audit, or null when it cannot be loaded (then the server's `POST /api/audit` is asked instead). */
function loadAudit(): Promise<AuditModule | null> {
  loading ??= import('../../../src/core/audit').catch(() => null);
  return loading;
}

function validationFindings(doc: Evaluation): UiFinding[] {
  return validateEvaluation(doc, findRubric).issues.map((i) => ({
    code: 'validation',
    severity: 'error' as const,
    message: `填写有误：${i.message}`,
    path: i.path === '(根)' ? null : i.path,
  }));
}

export interface AuditState {
  findings: UiFinding[];
  /** Where the findings came from; 'none' when neither the browser nor the server could audit. */
  source: 'browser' | 'server' | 'none' | 'loading';
}

export function useAudit(doc: Evaluation, rubric: Rubric | null): AuditState {
  const [state, setState] = useState<AuditState>({ findings: [], source: 'loading' });
  useEffect(() => {
    let live = true;
    const base = validationFindings(doc);
    void loadAudit().then(async (mod) => {
      if (!live) return;
      if (mod) {
        try {
          const found = mod
            .auditEvaluation(doc, rubric)
            .map((f) => ({ ...toUiFinding(f), message: mod.renderFinding(f) }));
          setState({ findings: [...base, ...found], source: 'browser' });
          return;
        } catch (e) {
          console.error('审核规则运行出错', e);
        }
      }
      try {
        const r = await api.audit(doc);
        if (live) setState({ findings: [...base, ...r.findings.map(toUiFinding)], source: 'server' });
      } catch {
        if (live) setState({ findings: base, source: 'none' });
      }
    });
    return () => {
      live = false;
    };
  }, [doc, rubric]);
  return state;
}
