/** The dashboard's filter as it stands in the address (`?status=submitted,approved&drafts=1`), read and written. */
import { isStatus, STATUS_LABEL, STATUSES, type Status } from '../../../src/core/labels';
import type { DeskFilter } from '../api';

/** The filter in the page's query; the reviewer's district when none is named. */
export function readDeskFilter(query: URLSearchParams, ownDistrict: string | null): DeskFilter {
  const statuses = (query.get('status') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(isStatus);
  return {
    district: query.get('district') || ownDistrict,
    year: Number(query.get('year')) || null,
    statuses: STATUSES.filter((s) => statuses.includes(s)),
    includeDrafts: query.get('drafts') === '1',
  };
}

/** The page's query with a change to the filter (other keys kept; empty values removed). */
export function writeDeskFilter(query: URLSearchParams, change: Partial<DeskFilter>): string {
  const q = new URLSearchParams(query);
  const set = (key: string, value: string | null) => {
    if (value) q.set(key, value);
    else q.delete(key);
  };
  if ('district' in change) set('district', change.district ?? null);
  if ('year' in change) set('year', change.year ? String(change.year) : null);
  if ('statuses' in change) set('status', (change.statuses ?? []).join(','));
  if ('includeDrafts' in change) set('drafts', change.includeDrafts ? '1' : null);
  return q.toString();
}

/** 草稿 2 份、退回 1 份 */
export function countByStatus(items: readonly { status: Status }[]): string {
  const n = new Map<Status, number>();
  for (const i of items) n.set(i.status, (n.get(i.status) ?? 0) + 1);
  return STATUSES.filter((s) => n.has(s))
    .map((s) => `${STATUS_LABEL[s]} ${n.get(s)} 份`)
    .join('、');
}

/** 已提交、已审核、已公开 */
export const statusNames = (ss: readonly Status[]) => ss.map((s) => STATUS_LABEL[s]).join('、');
