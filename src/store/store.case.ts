/** The one conformance suite every store adapter runs: `runStoreTests(name, newStore)`; its cases are in `cases/`. */
import { describe, expect, it } from 'vitest';
import { useStore } from './cases/_shared';
import { accountCases } from './cases/accounts.case';
import { evaluationCases } from './cases/evaluations.case';
import { listingCases } from './cases/listing.case';
import { projectCases } from './cases/projects.case';
import type { Store } from './types';

/**
 * Run the conformance cases against a store; `newStore` returns a migrated, empty store (shared by the cases,
 * which make their own uniquely named rows), `cleanup` runs after.
 */
export function runStoreTests(
  name: string,
  newStore: () => Promise<Store>,
  cleanup?: () => Promise<void>,
): void {
  describe(`store conformance: ${name}`, () => {
    const held = useStore(newStore, cleanup);

    it('migrates again without harm, optimizes and reports integrity ok', async () => {
      await held.store.migrate();
      await held.store.optimize();
      expect(await held.store.checkIntegrity()).toBe('ok');
    });

    accountCases(held);
    evaluationCases(held);
    listingCases(held);
    projectCases(held);
  });
}
