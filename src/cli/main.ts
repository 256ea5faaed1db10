/** The `jixiao` command: parses arguments, runs one command, returns the exit code. */
import { Command, CommanderError } from 'commander';
import { COMMANDS } from './commands';
import { CliError, type CliIO, EXIT, nodeIO } from './io';

const EXIT_HELP = `
退出码：
  ${EXIT.ok}  成功（audit：没有错误）
  ${EXIT.problems}  发现问题：校验不通过、审核有错误、文件无法读取或导入失败
  ${EXIT.usage}  用法错误：未知命令或选项、参数不合法、配置有误

每个命令都有 --json：结果以 JSON 输出到标准输出，说明与警告输出到标准错误。
输出被提前关闭时（如 \`jixiao score … | head\`）命令安静结束，退出码为 0。`;

export async function main(argv: string[], io: CliIO = nodeIO): Promise<number> {
  const program = new Command('jixiao')
    .description('jixiao 绩效：部门整体支出绩效自评的评分、审核、报告与读取')
    .exitOverride()
    .addHelpText('after', EXIT_HELP)
    .configureOutput({
      writeOut: (s) => io.out(s.replace(/\n$/, '')),
      writeErr: (s) => io.err(s.replace(/\n$/, '')),
    });
  let code: number = EXIT.ok;
  const exit = (c: number) => {
    code = c;
  };
  // Only the command being run is loaded; the others are listed by name and description for the help.
  const name = argv[0] === 'help' ? argv[1] : argv[0];
  const chosen = COMMANDS.find((c) => c.name === name);
  for (const spec of COMMANDS) {
    const command = program.command(spec.name).description(spec.description).exitOverride();
    if (spec === chosen) (await spec.load())(command, io, exit);
  }
  try {
    if (argv.length === 0) {
      program.outputHelp();
      return EXIT.ok;
    }
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    if (e instanceof CliError) {
      io.err(e.message);
      return e.exitCode;
    }
    io.err(`出错：${e instanceof Error ? e.message : String(e)}`);
    return EXIT.problems;
  }
}
