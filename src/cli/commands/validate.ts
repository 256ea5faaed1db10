/** `jixiao validate FILE [--json]`: every problem as `path: message`, exit 1 when there is any. */
import { CliError } from '../io';
import type { RegisterCommand } from '.';
import { loadEvaluation } from './_load';

export const registerValidate: RegisterCommand = (command, io, exit) => {
  command
    .argument('<file>', '评价文件（JSON）')
    .option('--json', '以 JSON 输出 {valid, issues, summary}')
    .action(async (file: string, opts: { json?: boolean }) => {
      if (!opts.json) {
        const e = await loadEvaluation(io, file);
        io.out(
          `${file}: 校验通过（${e.department.name} ${e.year} 年度，${e.indicators.length} 项指标，${e.management.length} 项管理效率）`,
        );
        return;
      }
      try {
        const e = await loadEvaluation(io, file);
        const summary = {
          department: e.department.name,
          year: e.year,
          indicators: e.indicators.length,
          management: e.management.length,
        };
        io.out(JSON.stringify({ valid: true, issues: [], summary }, null, 2));
      } catch (err) {
        if (!(err instanceof CliError) || !err.issues) throw err;
        io.out(JSON.stringify({ valid: false, issues: err.issues, summary: null }, null, 2));
        exit(err.exitCode);
      }
    });
};
