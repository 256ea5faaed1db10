/** The audit panel's findings, computed in the browser by the core audit of the kind (loaded on demand) plus schema checks. */
import { useEffect, useState } from 'react';
import type { Rubric } from '../../../src/core/rubric';
import { api } from '../api';
import { toUiFinding, type UiFinding } from '../lib/findings';
import type { AnyDoc, DocKind } from './kinds';

function validationFindings<D extends AnyDoc>(kind: DocKind<D>, doc: D): UiFinding[] {
  return kind.validate(doc).map((i) => ({
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

export function useAudit<D extends AnyDoc>(kind: DocKind<D>, doc: D, rubric: Rubric | null): AuditState {
  const [state, setState] = useState<AuditState>({ findings: [], source: 'loading' });
  useEffect(() => {
    let live = true;
    const base = validationFindings(kind, doc);
    void kind
      .loadAudit()
      .catch(() => null)
      .then(async (audit) => {
        if (!live) return;
        if (audit) {
          try {
            setState({ findings: [...base, ...audit(doc, rubric)], source: 'browser' });
            return;
          } catch (e) {
            console.error('审核规则运行出错', e);
          }
        }
        // The server's `POST /api/audit` audits either kind, by the document's schema id.
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
  }, [kind, doc, rubric]);
  return state;
}
