/** `npm run play`: the core API in use — read, validate, score, audit, write, extract. */
import { readFile } from 'node:fs/promises';
import { auditEvaluation, renderFinding } from '../src/core/audit';
import { presentScore, scoreEvaluation } from '../src/core/rubric';
import { validateEvaluation } from '../src/core/validate';
import { extractText, renderReport } from '../src/documents';
import { findRubric, getRubric } from '../src/rubrics';

const json = JSON.parse(await readFile(new URL('./xinhua-2022.json', import.meta.url), 'utf8'));
const checked = validateEvaluation(json, findRubric);
if (!checked.success) throw new Error(checked.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
const evaluation = checked.data;
const rubric = getRubric(evaluation.rubric);

const score = presentScore(scoreEvaluation(evaluation, rubric));
console.log(
  `${evaluation.department.name} ${evaluation.year}：`,
  score.complete ? `${score.total} 分（${score.grade}）` : `数据不足，已算得 ${score.computedTotal} 分`,
);

for (const f of auditEvaluation(evaluation, rubric).filter((x) => x.severity === 'error'))
  console.log('审核错误：', renderFinding(f));

const markdown = (await renderReport(evaluation, 'md')) as string;
console.log(
  `报告（Markdown）共 ${markdown.length} 字；前两行：\n${markdown.split('\n').slice(0, 2).join('\n')}`,
);

const back = await extractText(markdown, 'xinhua.md');
console.log(
  `读回：${back.evaluation.department.name}，${back.evaluation.indicators.length} 项指标，${back.warnings.length} 条提示`,
);
