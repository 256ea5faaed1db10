/** What the current user may edit in an evaluation, mirroring the server's policy so the form shows it. */

import type { Role, Status } from '../../../src/core/labels';
import type { Evaluation } from '../../../src/core/model';
import { parsePath } from './paths';

const LOCKED: ReadonlySet<Status> = new Set(['submitted', 'approved', 'published']);

export function isLocked(status: Status): boolean {
  return LOCKED.has(status);
}

/**
 * A predicate over document paths: editors and administrators edit everything while unlocked, staff only the indicators
 * they own, reviewers nothing.
 * @example editPolicy({ role: 'staff', username: 'li' }, 'draft', doc)('indicators[2].actual') // true when row 2 is li's
 */
export function editPolicy(
  user: { role: Role; username: string },
  status: Status,
  doc: Pick<Evaluation, 'indicators'>,
): (path: string) => boolean {
  if (isLocked(status) || user.role === 'reviewer') return () => false;
  if (user.role === 'editor' || user.role === 'admin') return () => true;
  const owned = new Set<number>();
  doc.indicators.forEach((ind, i) => {
    if (ind.owner && ind.owner === user.username) owned.add(i);
  });
  return (path) => {
    const [root, index, field] = parsePath(path);
    // Staff may fill in figures of their own rows, not re-assign them.
    return root === 'indicators' && typeof index === 'number' && owned.has(index) && field !== 'owner';
  };
}
