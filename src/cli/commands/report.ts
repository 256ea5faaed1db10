/** `jixiao report FILE --format docx|xlsx|md|html [-o OUT]`: the self-evaluation report or the 自评表, written from the data. */
import { Evaluation } from '../../core/model';
import type { ReportFormat } from '../../documents/report/render';
import { findRubric } from '../../rubrics';
import { CliError } from '../io';
import type { RegisterCommand } from '.';
import { readJson } from './_load';

// the document writers load docx and exceljs: imported when the command runs, not at every CLI start
const REPORT_FORMATS: readonly ReportFormat[] = ['docx', 'xlsx', 'md', 'html'];

/** `examples/nanzhou-2023.json` → `examples/nanzhou-2023.docx`. */
export function defaultOutput(file: string, format: string): string {
  const slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
  const dot = file.lastIndexOf('.');
  return `${dot > slash ? file.slice(0, dot) : file}.${format}`;
}

export const registerReport: RegisterCommand = (command, io) => {
  command
    .argument('<file>', '评价文件（JSON）')
    .option('-f, --format <format>', `输出格式：${REPORT_FORMATS.join('|')}`, 'docx')
    .option('-o, --output <out>', '输出文件；缺省时 docx/xlsx 写到同名文件，md/html 输出到标准输出')
    .option('--json', '以 JSON 输出 {format, output, bytes}（md/html 未给 -o 时含 content）')
    .action(async (file: string, opts: { format: string; output?: string; json?: boolean }) => {
      const format = opts.format.toLowerCase() as ReportFormat;
      if (!REPORT_FORMATS.includes(format)) {
        throw new CliError(`不支持的格式：${opts.format}（可用：${REPORT_FORMATS.join('、')}）`, 2);
      }
      const parsed = Evaluation.safeParse(await readJson(io, file));
      if (!parsed.success) {
        const lines = parsed.error.issues.map(
          (i) => `${i.path.map(String).join('.') || '(根)'}: ${i.message}`,
        );
        throw new CliError(`${file}: 共 ${lines.length} 处问题，无法生成报告\n${lines.join('\n')}`);
      }
      const e = parsed.data;
      if (!findRubric(e.rubric)) io.err(`${file}: 评分标准“${e.rubric}”未收录，报告中不计算得分`);
      const { renderReport } = await import('../../documents/report/render');
      const result = await renderReport(e, format);
      const bytes = typeof result === 'string' ? new TextEncoder().encode(result).length : result.length;
      if (typeof result === 'string' && !opts.output) {
        io.out(
          opts.json ? JSON.stringify({ format, output: null, bytes, content: result }, null, 2) : result,
        );
        return;
      }
      const out = opts.output ?? defaultOutput(file, format);
      await io.writeFile(out, result);
      io.out(opts.json ? JSON.stringify({ format, output: out, bytes }, null, 2) : `已生成 ${out}`);
    });
};
