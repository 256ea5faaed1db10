/** `npm run bench`: every benchmark of the project, figures printed as a table. Loopback only, bounded in time. */
import { existsSync } from 'node:fs';

type Bench = () => Promise<Record<string, string | number>>;

const SUITES: Array<[string, string, string]> = [
  ['评分引擎', './engine.ts', 'benchEngine'],
  ['报告生成', './report.ts', 'benchReport'],
  ['审核', './audit.ts', 'benchAudit'],
  ['文档读取', './extract.ts', 'benchExtract'],
];

for (const [title, file, fn] of SUITES) {
  if (!existsSync(new URL(file, import.meta.url))) continue;
  const mod = (await import(file)) as Record<string, Bench>;
  const run = mod[fn];
  if (!run) continue;
  const figures = await run();
  console.log(`\n## ${title}`);
  for (const [k, v] of Object.entries(figures))
    console.log(`${k}: ${typeof v === 'number' ? v.toLocaleString('en-US') : v}`);
}
