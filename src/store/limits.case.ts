/** Conformance cases for the counters of the login throttle and write limits, run by every store adapter. */
import { beforeAll, describe, expect, it } from 'vitest';
import { unique, useStore } from './cases/_shared';
import type { Store } from './types';

const at = (s: number) => new Date(Date.UTC(2030, 0, 1, 0, 0, s)).toISOString();

/** `newStore` returns a migrated store of its own; `cleanup` runs after. */
export function runLimitTests(
  name: string,
  newStore: () => Promise<Store>,
  cleanup?: () => Promise<void>,
): void {
  describe(`store counters: ${name}`, () => {
    const held = useStore(newStore, cleanup);
    let store: Store;
    beforeAll(() => {
      store = held.store;
    });

    it('counts hits in a fixed window and starts again at 1 once it is over', async () => {
      const key = unique('fixed');
      const hit = (s: number) => store.hitCounter(key, { now: at(s), resetAt: at(s + 60) });
      expect((await hit(0)).hits).toBe(1);
      expect(await hit(10)).toEqual({ key, hits: 2, resetAt: at(60), blockedUntil: null });
      expect((await hit(59)).hits).toBe(3);
      expect(await store.getCounter(key, at(59))).toMatchObject({ hits: 3 });
      expect(await store.getCounter(key, at(60))).toBeNull();
      expect(await hit(60)).toEqual({ key, hits: 1, resetAt: at(120), blockedUntil: null });
    });

    it('slides the window with extend, and a block never shortens', async () => {
      const key = unique('sliding');
      const hit = (s: number) => store.hitCounter(key, { now: at(s), resetAt: at(s + 60), extend: true });
      await hit(0);
      expect(await hit(50)).toMatchObject({ hits: 2, resetAt: at(110) });
      await store.blockCounter(key, at(80));
      await store.blockCounter(key, at(70));
      expect((await store.getCounter(key, at(60)))?.blockedUntil).toBe(at(80));
      expect(await hit(100)).toMatchObject({ hits: 3, resetAt: at(160), blockedUntil: at(80) });
      // Past its reset the counter and its block are forgotten.
      expect(await hit(200)).toMatchObject({ hits: 1, blockedUntil: null });
      await store.deleteCounter(key);
      expect(await store.getCounter(key, at(200))).toBeNull();
    });

    it('loses no hit when many land at once', async () => {
      const key = unique('race');
      await Promise.all(
        Array.from({ length: 40 }, () => store.hitCounter(key, { now: at(0), resetAt: at(60) })),
      );
      expect((await store.getCounter(key, at(1)))?.hits).toBe(40);
    });

    it('deletes expired counters only', async () => {
      const [old, live] = [unique('old'), unique('live')];
      await store.hitCounter(old, { now: at(0), resetAt: at(10) });
      await store.hitCounter(live, { now: at(0), resetAt: at(1000) });
      expect(await store.deleteExpiredCounters(at(500))).toBeGreaterThanOrEqual(1);
      expect(await store.getCounter(live, at(500))).not.toBeNull();
      expect(await store.hitCounter(old, { now: at(500), resetAt: at(510) })).toMatchObject({ hits: 1 });
    });

    it('bumps and reads change counters', async () => {
      const name = unique('changes');
      expect(await store.readChanges(name)).toBe(0);
      await Promise.all([store.bumpChanges(name), store.bumpChanges(name), store.bumpChanges(name)]);
      expect(await store.readChanges(name)).toBe(3);
    });

    it('runs functions under exclusive one after another, with their results', async () => {
      const events: string[] = [];
      const task = (n: string) =>
        store.exclusive('case-lock', async () => {
          events.push(`${n}+`);
          await new Promise((r) => setTimeout(r, 20));
          events.push(`${n}-`);
          return n;
        });
      expect(await Promise.all([task('a'), task('b')])).toEqual(['a', 'b']);
      expect(events.join()).toMatch(/^(a\+,a-,b\+,b-|b\+,b-,a\+,a-)$/);
    });
  });
}
