/** `npm run bench`: every benchmark of the project, figures printed as a table. Loopback only, bounded in time. */
import { benchAudit } from './audit';
import { benchEngine } from './engine';
import { benchExtract } from './extract';
import { benchProjects } from './projects';
import { benchReport } from './report';
import { benchStartup } from './startup';

const SUITES: Array<[string, () => Promise<Record<string, string | number>>]> = [
  ['评分引擎', benchEngine],
  ['报告生成', benchReport],
  ['审核', benchAudit],
  ['文档读取', benchExtract],
  ['项目支出绩效自评（228 个项目）', benchProjects],
  ['整个进程的启动', benchStartup],
];

const only = process.argv.slice(2);
for (const [title, run] of SUITES) {
  if (only.length && !only.some((o) => title.includes(o))) continue;
  const figures = await run();
  console.log(`\n## ${title}`);
  for (const [k, v] of Object.entries(figures))
    console.log(`${k}: ${typeof v === 'number' ? v.toLocaleString('en-US') : v}`);
}
