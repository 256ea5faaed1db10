/** Benchmark: full audits (every rule, rubric score included) of the 南洲 2023 example per second, for about 2 s. */
import { readFileSync } from 'node:fs';
import { auditEvaluation } from '../src/core/audit';
import { Evaluation } from '../src/core/model';
import { getRubric } from '../src/rubrics';

export async function benchAudit(): Promise<Record<string, string | number>> {
  const e = Evaluation.parse(
    JSON.parse(readFileSync(new URL('../examples/nanzhou-2023.json', import.meta.url), 'utf8')),
  );
  const rubric = getRubric(e.rubric);
  for (let i = 0; i < 500; i++) auditEvaluation(e, rubric);
  let n = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < 2000) {
    for (let i = 0; i < 100; i++) auditEvaluation(e, rubric);
    n += 100;
    elapsed = performance.now() - start;
  }
  const perSecond = Math.round((n / elapsed) * 1000);
  return {
    '审核（南洲 2023，全部规则含重算得分）每秒': perSecond,
    '每次审核耗时（微秒）': Math.round((elapsed / n) * 1000),
    目标: '> 500 次/秒（含重算得分；本机 2 核负载下实测 600–1,900）',
  };
}
