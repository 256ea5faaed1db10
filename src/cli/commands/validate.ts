/** `jixiao validate FILE`: every problem as `path: message`, exit 1 when there is any. */
import type { RegisterCommand } from '.';
import { loadEvaluation } from './_load';

export const registerValidate: RegisterCommand = (program, io) => {
  program
    .command('validate')
    .description('校验评价文件：列出每一处问题及其位置')
    .argument('<file>', '评价文件（JSON）')
    .action(async (file: string) => {
      const e = await loadEvaluation(io, file);
      io.out(
        `${file}: 校验通过（${e.department.name} ${e.year} 年度，${e.indicators.length} 项指标，${e.management.length} 项管理效率）`,
      );
    });
};
