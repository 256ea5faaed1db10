/** Audit findings as the audit panel shows them, whatever shape the audit module or the server gives. */
import type { Severity } from '../../../src/core/labels';
import { renderMessage } from '../../../src/core/messages';
import { normalizePath } from './paths';

export type { Severity };

export interface UiFinding {
  code: string;
  severity: Severity;
  message: string;
  /** Document path to jump to, or null when the finding concerns the whole document. */
  path: string | null;
  /** Chinese report section the finding belongs to (收支情况, 绩效指标 …), when known. */
  section?: string;
}

const SEVERITY: Record<string, Severity> = {
  error: 'error',
  fatal: 'error',
  high: 'error',
  warning: 'warning',
  warn: 'warning',
  medium: 'warning',
  info: 'info',
  notice: 'info',
  low: 'info',
};

type Params = Parameters<typeof renderMessage>[1];

/**
 * One finding record (`{ code, path, params, severity }`) in the panel's shape; the sentence comes from the message map.
 * @example toUiFinding({ code: 'x', severity: 'warning', path: 'finance.budget', message: '预算缺失' }).path // 'finance.budget'
 */
export function toUiFinding(raw: unknown): UiFinding {
  const f = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const code = typeof f.code === 'string' ? f.code : 'finding';
  const params = (f.params && typeof f.params === 'object' ? f.params : {}) as Params;
  const level = String(f.severity ?? f.level ?? 'warning').toLowerCase();
  const path = typeof f.path === 'string' && f.path ? f.path : null;
  return {
    code,
    severity: SEVERITY[level] ?? 'warning',
    message: typeof f.message === 'string' && f.message ? f.message : renderMessage(code, params),
    path: path && !path.includes('/') ? normalizePath(path) : path,
    ...(typeof f.section === 'string' ? { section: f.section } : {}),
  };
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then warnings, then notes; the order within each kept. */
export function sortFindings(list: readonly UiFinding[]): UiFinding[] {
  return list
    .map((f, i) => ({ f, i }))
    .sort((a, b) => ORDER[a.f.severity] - ORDER[b.f.severity] || a.i - b.i)
    .map((x) => x.f);
}

export function countBySeverity(list: readonly UiFinding[]): Record<Severity, number> {
  const c = { error: 0, warning: 0, info: 0 };
  for (const f of list) c[f.severity]++;
  return c;
}
