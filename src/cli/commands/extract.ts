/** `jixiao extract FILE [--json] [-o OUT]`: read a report (.txt, .docx, .pdf) back into an evaluation file. */
import type { Evaluation } from '../../core/model';
import { CliError } from '../io';
import type { RegisterCommand } from '.';

/** A few lines saying what was read: who, which year, the stated score, how many indicators and projects. */
export function summarizeExtraction(e: Evaluation): string[] {
  const r = e.reported;
  const f = e.finance;
  const lines = [`${e.department.name} ${e.year} 年度（评分标准 ${e.rubric}）`];
  const score =
    r.total != null ? `自评得分 ${r.total} 分${r.grade ? `，等级“${r.grade}”` : ''}` : '未见自评总分';
  lines.push(score);
  const money: string[] = [];
  if (f.budget != null) money.push(`全年预算数 ${f.budget} 万元`);
  if (f.executed != null) money.push(`执行数 ${f.executed} 万元`);
  const rate = r.executionRate ?? f.executionRate;
  if (rate != null) money.push(`执行率 ${rate}%`);
  if (money.length) lines.push(money.join('，'));
  lines.push(
    `绩效指标 ${e.indicators.length} 项，管理效率 ${e.management.length} 项，重点项目 ${e.projects.length} 个，` +
      `问题 ${e.problems.length} 条，改进措施 ${e.improvements.length} 条`,
  );
  return lines;
}

export const registerExtract: RegisterCommand = (program, io) => {
  program
    .command('extract')
    .description('读取已有的自评报告（txt、docx、pdf），生成评价文件（JSON）')
    .argument('<file>', '报告文件（.txt、.docx 或 .pdf）')
    .option('--json', '把评价文件（JSON）输出到标准输出')
    .option('-o, --output <out>', '写出评价文件（JSON）')
    .action(async (file: string, opts: { json?: boolean; output?: string }) => {
      let bytes: Uint8Array;
      try {
        bytes = await io.readFile(file);
      } catch (e) {
        throw new CliError(`${file}: 无法读取文件（${(e as NodeJS.ErrnoException).code ?? String(e)}）`);
      }
      const { extractDocument, ExtractError } = await import('../../documents/extract');
      const name = file.split(/[\\/]/).pop() ?? file;
      let result: Awaited<ReturnType<typeof extractDocument>>;
      try {
        result = await extractDocument({ bytes, filename: name });
      } catch (e) {
        if (e instanceof ExtractError) throw new CliError(e.message);
        throw e;
      }
      const { evaluation, warnings } = result;
      const json = `${JSON.stringify(evaluation, null, 2)}\n`;
      if (opts.output) await io.writeFile(opts.output, json);
      if (opts.json) io.out(json);
      const say = opts.json ? io.err : io.out;
      if (!opts.json) {
        for (const l of summarizeExtraction(evaluation)) say(l);
        if (opts.output) say(`已生成 ${opts.output}`);
      }
      if (warnings.length) {
        io.err(`${name}: ${warnings.length} 处未能确定，请核对：`);
        for (const w of warnings) io.err(`  ${w.message}`);
      }
    });
};
