/** What a staff member may change: only indicators whose `owner` is their username (and the projects they own). */

import { isDeepStrictEqual } from 'node:util';
import type { Evaluation } from '../../core/model';
import { isProjectOwner } from '../../core/model/project-evaluation';

type Doc = Record<string, unknown>;
type Row = Record<string, unknown>;

const plain = (x: unknown): Doc => JSON.parse(JSON.stringify(x ?? {}));

/** Compare one list of indicators; returns the path of the first forbidden change. */
function checkIndicators(before: Row[], after: Row[], username: string, path: string): string | null {
  if (before.length !== after.length) return path;
  for (let i = 0; i < before.length; i++) {
    const b = before[i] ?? {};
    const a = after[i] ?? {};
    if (b.owner !== a.owner) return `${path}[${i}].owner`;
    if (b.owner !== username && !isDeepStrictEqual(b, a)) return `${path}[${i}]`;
  }
  return null;
}

/** Typed text not yet a number (`drafts`) may change only at the member's own indicators. */
function checkDrafts(b: Doc, a: Doc, username: string): string | null {
  const before = (b.drafts ?? {}) as Record<string, unknown>;
  const after = (a.drafts ?? {}) as Record<string, unknown>;
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (before[key] === after[key]) continue;
    const m = /^(indicators|projects\[(\d+)\]\.indicators)\[(\d+)\]\./.exec(key);
    const rows = (
      m?.[2] === undefined ? b.indicators : (b.projects as Row[] | undefined)?.[Number(m[2])]?.indicators
    ) as Row[] | undefined;
    if (!m || rows?.[Number(m[3])]?.owner !== username) return key;
  }
  return null;
}

/**
 * The path of the first change a staff member may not make, or null when every change is to their own indicators.
 * @example findStaffViolation(doc, { ...doc, title: 'x' }, 'li') // 'title'
 */
export function findStaffViolation(
  before: Evaluation | unknown,
  after: Evaluation,
  username: string,
): string | null {
  const b = plain(before);
  const a = plain(after);
  const bi = (b.indicators as Row[] | undefined) ?? [];
  const ai = (a.indicators as Row[] | undefined) ?? [];
  const top = checkIndicators(bi, ai, username, 'indicators');
  if (top) return top;
  const bp = (b.projects as Row[] | undefined) ?? [];
  const ap = (a.projects as Row[] | undefined) ?? [];
  if (bp.length !== ap.length) return 'projects';
  for (let j = 0; j < bp.length; j++) {
    const inner = checkIndicators(
      (bp[j]?.indicators as Row[] | undefined) ?? [],
      (ap[j]?.indicators as Row[] | undefined) ?? [],
      username,
      `projects[${j}].indicators`,
    );
    if (inner) return inner;
  }
  const drafts = checkDrafts(b, a, username);
  if (drafts) return drafts;
  const strip = (d: Doc): Doc => ({
    ...d,
    drafts: undefined,
    indicators: [],
    projects: ((d.projects as Row[] | undefined) ?? []).map((p) => ({ ...p, indicators: [] })),
  });
  const rest = strip(b);
  const next = strip(a);
  for (const key of new Set([...Object.keys(rest), ...Object.keys(next)])) {
    if (!isDeepStrictEqual(rest[key], next[key])) return key;
  }
  return null;
}

/** Who a staff member is to a project's 项目负责人: the list from the budget system names people, not accounts. */
export interface StaffIdentity {
  username: string;
  name: string;
}

/**
 * The first change a staff member may not make to a project self-evaluation: its owner (`project.owner`, 谁支出谁负责,
 * by username or display name) may change all of it but who owns it; anyone else only the indicators assigned to
 * them, as in an evaluation.
 * @example findProjectStaffViolation(doc, { ...doc, conclusion: 'x' }, { username: 'li', name: '李明' }) // null when 李明 owns it
 */
export function findProjectStaffViolation(
  before: unknown,
  after: unknown,
  who: StaffIdentity,
): string | null {
  const b = plain(before);
  const a = plain(after);
  const ownerOf = (d: Doc) => ((d.project as Row | undefined)?.owner as string | null | undefined) ?? null;
  if (ownerOf(b) !== ownerOf(a)) return 'project.owner';
  if (isProjectOwner(ownerOf(b), who)) return null;
  return findStaffViolation(b, a as Evaluation, who.username);
}
