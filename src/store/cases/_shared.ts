/** What the store conformance cases share: the actor, derived figures, unique names, the store and its fixtures. */
import { afterAll, beforeAll } from 'vitest';
import type { Actor, Derived, Store } from '../types';

export const actor: Actor = { userId: null, username: 'tester', ip: '127.0.0.1' };

export function buildDerived(total: number | null = 90, rev = 'test'): Derived {
  return {
    total,
    grade: total === null ? null : total >= 90 ? '优' : '良',
    executionRate: 95.5,
    findingsError: 1,
    findingsWarning: 2,
    details: { deductions: [{ name: '预算执行率', points: 1.5 }], unmet: ['指标甲'] },
    rev,
  };
}

let seq = 0;
/** A name no other case (nor another process on the same database) has used. */
export const unique = (p: string, sep = '-') => [p, process.pid, Date.now().toString(36), ++seq].join(sep);

/**
 * Open one store for the cases of the enclosing `describe` (before them) and close it after; the cases read it
 * through the returned object once they run.
 */
export function useStore(newStore: () => Promise<Store>, cleanup?: () => Promise<void>): { store: Store } {
  const held = {} as { store: Store };
  beforeAll(async () => {
    held.store = await newStore();
  });
  afterAll(async () => {
    await held.store?.close();
    await cleanup?.();
  });
  return held;
}

/** A new department, and a new evaluation in a new department, in the store. */
export function fixtures(held: { store: Store }) {
  const newDepartment = (district = '海珠区') =>
    held.store.createDepartment({ name: unique('部门'), district }, actor);
  const newEvaluation = async (data: unknown = { title: 'v1' }) => {
    const d = await newDepartment();
    const e = await held.store.createEvaluation(
      { departmentId: d.id, year: 2023, data, derived: buildDerived() },
      actor,
    );
    if (!e) throw new Error('create failed');
    return e;
  };
  return { newDepartment, newEvaluation };
}
