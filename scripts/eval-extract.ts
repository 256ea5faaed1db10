/** `npm run eval:extract`: read the five seed reports and print, per seed and overall, the share of hand-checked facts matched. */
import { join, resolve } from 'node:path';
import { evaluateSeeds } from '../src/documents/extract/facts';

const SEEDS = resolve(process.env.JIXIAO_SEEDS ?? join(import.meta.dirname, '../../shared/seeds'));
const verbose = process.argv.includes('--verbose') || process.argv.includes('-v');
const pct = (a: number, b: number) => `${((100 * a) / Math.max(b, 1)).toFixed(1)}%`;

const reports = await evaluateSeeds(SEEDS);
let matched = 0;
let total = 0;
for (const r of reports) {
  matched += r.matched;
  total += r.total;
  console.log(
    `${r.source.padEnd(28)} ${String(r.matched).padStart(3)}/${String(r.total).padEnd(3)} ${pct(r.matched, r.total)}`,
  );
  for (const c of r.checks.filter((x) => !x.ok || verbose)) {
    console.log(
      `  ${c.ok ? '✓' : '✗'} ${c.field}：期望 ${JSON.stringify(c.expected)}，得到 ${JSON.stringify(c.got)}`,
    );
  }
}
console.log(
  `${'合计'.padEnd(26)} ${String(matched).padStart(3)}/${String(total).padEnd(3)} ${pct(matched, total)}`,
);
