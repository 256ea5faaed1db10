/** Functions from modules colleagues are still writing (audit, reports), loaded when present, null until then. */
import type { Evaluation } from '../../core/model';
import type { Rubric } from '../../core/rubric';
import { AppError } from '../errors';

/** An audit finding as the server uses it; `src/core/audit` returns a superset. */
export interface FindingLike {
  code: string;
  severity: 'error' | 'warning' | 'info';
  path?: string;
  params?: Record<string, string | number | boolean | null>;
  [key: string]: unknown;
}

export type AuditFn = (evaluation: Evaluation, rubric: Rubric | null) => FindingLike[];
export type RenderReportFn = (evaluation: Evaluation, format: 'docx' | 'xlsx') => Promise<Uint8Array>;

export interface OptionalModules {
  audit: AuditFn | null;
  /** Loaded at first use; throws `not_available` when the module is absent. */
  renderReport: RenderReportFn;
  /** Why a module that exists could not be loaded. */
  notes: string[];
}

// Specifiers in variables: the type checker does not require the modules before they exist.
const AUDIT_MODULE = '../../core/audit';
const REPORT_MODULE = '../../documents/report';

async function tryImport(spec: string, notes: string[]): Promise<Record<string, unknown> | null> {
  try {
    return (await import(/* @vite-ignore */ spec)) as Record<string, unknown>;
  } catch (e) {
    const code = (e as { code?: string }).code;
    const absent = code === 'ERR_MODULE_NOT_FOUND' || code === 'ERR_UNSUPPORTED_DIR_IMPORT';
    if (!absent) notes.push(`模块 ${spec} 加载失败：${e instanceof Error ? e.message : String(e)}`);
    return null;
  }
}

/** Load what exists; an absent module leaves its function null (its routes answer 501). */
export async function loadOptionalModules(): Promise<OptionalModules> {
  const notes: string[] = [];
  const audit = await tryImport(AUDIT_MODULE, notes);
  const auditEvaluation = audit?.auditEvaluation as
    | ((e: Evaluation, r?: Rubric | null) => unknown)
    | undefined;
  return {
    notes,
    audit: auditEvaluation
      ? (e, r) => {
          const out = auditEvaluation(e, r) as FindingLike[] | { findings: FindingLike[] };
          return Array.isArray(out) ? out : out.findings;
        }
      : null,
    renderReport: lazyReport(notes),
  };
}

/** The report writers pull in docx and exceljs: load them at the first download, not at start. */
function lazyReport(notes: string[]): RenderReportFn {
  let loaded: Promise<((e: Evaluation, f: 'docx' | 'xlsx') => unknown) | null> | null = null;
  return async (e, f) => {
    loaded ??= tryImport(REPORT_MODULE, notes).then(
      (m) => (m?.renderReport as (e: Evaluation, f: 'docx' | 'xlsx') => unknown) ?? null,
    );
    const render = await loaded;
    if (!render) throw new AppError('not_available', '报告生成功能尚未启用');
    const out = (await render(e, f)) as Uint8Array | ArrayBuffer | { bytes: Uint8Array };
    if (out instanceof Uint8Array) return out;
    if (out instanceof ArrayBuffer) return new Uint8Array(out);
    return out.bytes;
  };
}
