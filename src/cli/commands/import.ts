/** `jixiao import FILE.xlsx [-o OUT.json]`: a filled-in 自评表 back into an evaluation file; errors as `sheet!Cell: message`. */
import { CliError } from '../io';
import type { RegisterCommand } from '.';

export const registerImport: RegisterCommand = (command, io, exit) => {
  command
    .argument('<file>', '自评表（.xlsx）')
    .option('-o, --output <out>', '输出的评价文件（JSON）；缺省时输出到标准输出')
    .option('--json', '把评价文件（JSON）输出到标准输出（也给了 -o 时两处都写）；失败时输出 {errors}')
    .action(async (file: string, opts: { output?: string; json?: boolean }) => {
      let bytes: Uint8Array;
      try {
        bytes = await io.readFile(file);
      } catch (e) {
        throw new CliError(`${file}: 无法读取文件（${(e as NodeJS.ErrnoException).code ?? String(e)}）`);
      }
      const { formatImportError, importWorkbook } = await import('../../documents/xlsx/read');
      const name = file.split(/[\\/]/).pop() ?? file;
      const r = await importWorkbook(bytes, name);
      if (!r.success) {
        if (opts.json) {
          const errors = r.errors.map((e) => ({ ...e, text: formatImportError(e, name) }));
          io.out(JSON.stringify({ errors }, null, 2));
        }
        io.err(`${file}: 共 ${r.errors.length} 处问题，未生成评价文件`);
        for (const e of r.errors) io.err(formatImportError(e, name));
        exit(1);
        return;
      }
      const json = `${JSON.stringify(r.evaluation, null, 2)}\n`;
      if (opts.json || !opts.output) io.out(json);
      if (!opts.output) return;
      await io.writeFile(opts.output, json);
      (opts.json ? io.err : io.out)(
        `已导入 ${opts.output}（${r.evaluation.department.name} ${r.evaluation.year} 年度，${r.evaluation.indicators.length} 项指标，${r.evaluation.management.length} 项管理效率）`,
      );
    });
};
