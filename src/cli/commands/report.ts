/** `jixiao report FILE --format docx|xlsx|md|html [-o OUT]`: the self-evaluation report or the 自评表, written from the data. */
import { Evaluation, isProjectEvaluation, ProjectEvaluation } from '../../core/model';
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

/** Problems of a document as one CLI error, each at its path. */
function refused(file: string, issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): CliError {
  const lines = issues.map((i) => `${i.path.map(String).join('.') || '(根)'}: ${i.message}`);
  return new CliError(`${file}: 共 ${lines.length} 处问题，无法生成报告\n${lines.join('\n')}`);
}

export const registerReport: RegisterCommand = (command, io) => {
  /** A project self-evaluation prints as its 项目支出绩效自评表, in .xlsx or .docx. */
  async function writeProjectTable(
    json: unknown,
    file: string,
    format: ReportFormat,
    opts: { output?: string; json?: boolean },
  ): Promise<void> {
    if (format !== 'xlsx' && format !== 'docx')
      throw new CliError(`项目支出绩效自评表只能生成 xlsx 或 docx，不支持 ${format}`, 2);
    const parsed = ProjectEvaluation.safeParse(json);
    if (!parsed.success) throw refused(file, parsed.error.issues);
    const doc = parsed.data;
    if (!findRubric(doc.rubric)) io.err(`${file}: 评分标准“${doc.rubric}”未收录，自评表中不计算得分`);
    const t = await import('../../documents/project-table');
    const score = t.scoreForTable(doc);
    const bytes =
      format === 'xlsx'
        ? await t.writeProjectTableXlsx(doc, score)
        : await t.writeProjectTableDocx(doc, score);
    const out = opts.output ?? defaultOutput(file, format);
    await io.writeFile(out, bytes);
    io.out(
      opts.json ? JSON.stringify({ format, output: out, bytes: bytes.length }, null, 2) : `已生成 ${out}`,
    );
  }

  command
    .argument('<file>', '评价文件（JSON）；项目支出绩效自评文件生成其自评表（xlsx 或 docx）')
    .option('-f, --format <format>', `输出格式：${REPORT_FORMATS.join('|')}`, 'docx')
    .option('-o, --output <out>', '输出文件；缺省时 docx/xlsx 写到同名文件，md/html 输出到标准输出')
    .option('--json', '以 JSON 输出 {format, output, bytes}（md/html 未给 -o 时含 content）')
    .action(async (file: string, opts: { format: string; output?: string; json?: boolean }) => {
      const format = opts.format.toLowerCase() as ReportFormat;
      if (!REPORT_FORMATS.includes(format)) {
        throw new CliError(`不支持的格式：${opts.format}（可用：${REPORT_FORMATS.join('、')}）`, 2);
      }
      const json = await readJson(io, file);
      if (isProjectEvaluation(json)) {
        await writeProjectTable(json, file, format, opts);
        return;
      }
      const parsed = Evaluation.safeParse(json);
      if (!parsed.success) throw refused(file, parsed.error.issues);
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
