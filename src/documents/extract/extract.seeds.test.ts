/** The extraction floor: the five seed reports against their hand-checked facts (the same measure as `npm run eval:extract`). */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateSeeds } from './facts';

const SEEDS = resolve(process.env.JIXIAO_SEEDS ?? '../shared/seeds');
/** Share of facts matched, as reached (436 of 436 on 2025-11), rounded down. */
const FLOOR = 1;

describe.skipIf(!existsSync(join(SEEDS, 'facts')))('extraction accuracy on the seed reports', () => {
  it(`matches at least ${FLOOR * 100}% of the hand-checked facts`, async () => {
    const reports = await evaluateSeeds(SEEDS);
    expect(reports.length).toBeGreaterThanOrEqual(5);
    const matched = reports.reduce((s, r) => s + r.matched, 0);
    const total = reports.reduce((s, r) => s + r.total, 0);
    const missed = reports.flatMap((r) =>
      r.checks
        .filter((c) => !c.ok)
        .map((c) => `${r.source} ${c.field}: ${JSON.stringify(c.expected)} → ${JSON.stringify(c.got)}`),
    );
    expect(total).toBeGreaterThan(400);
    expect({ share: matched / total >= FLOOR, missed }).toEqual({
      share: true,
      missed: FLOOR === 1 ? [] : missed,
    });
  });
});
