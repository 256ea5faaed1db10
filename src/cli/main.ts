/** The `jixiao` command: parses arguments, runs one command, returns the exit code. */
import { Command, CommanderError } from 'commander';
import { COMMANDS } from './commands';
import { CliError, type CliIO, nodeIO } from './io';

export async function main(argv: string[], io: CliIO = nodeIO): Promise<number> {
  const program = new Command('jixiao')
    .description('jixiao 绩效：部门整体支出绩效自评的评分、审核、报告与读取')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.out(s.replace(/\n$/, '')),
      writeErr: (s) => io.err(s.replace(/\n$/, '')),
    });
  let code = 0;
  for (const register of COMMANDS) {
    register(program, io, (c) => {
      code = c;
    });
  }
  try {
    if (argv.length === 0) {
      program.outputHelp();
      return 0;
    }
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    if (e instanceof CliError) {
      io.err(e.message);
      return e.exitCode;
    }
    io.err(`出错：${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
}
