/** `jixiao import FILE.xlsx [-o OUT.json]`: a filled-in 自评表 back into an evaluation file; errors as `sheet!Cell: message`. */
import { CliError } from '../io';
import type { RegisterCommand } from '.';

export const registerImport: RegisterCommand = (program, io, exit) => {
  program
    .command('import')
    .description('读取填好的自评表（xlsx），生成评价文件（JSON）')
    .argument('<file>', '自评表（.xlsx）')
    .option('-o, --output <out>', '输出的评价文件（JSON）；缺省时输出到标准输出')
    .action(async (file: string, opts: { output?: string }) => {
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
        io.err(`${file}: 共 ${r.errors.length} 处问题，未生成评价文件`);
        for (const e of r.errors) io.err(formatImportError(e, name));
        exit(1);
        return;
      }
      const json = `${JSON.stringify(r.evaluation, null, 2)}\n`;
      if (!opts.output) {
        io.out(json);
        return;
      }
      await io.writeFile(opts.output, json);
      io.out(
        `已导入 ${opts.output}（${r.evaluation.department.name} ${r.evaluation.year} 年度，${r.evaluation.indicators.length} 项指标，${r.evaluation.management.length} 项管理效率）`,
      );
    });
};
