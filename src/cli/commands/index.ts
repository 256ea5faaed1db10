/** Every command of the CLI; each module registers itself on the program. */
import type { Command } from 'commander';
import type { CliIO } from '../io';
import { registerAudit } from './audit';
import { registerExtract } from './extract';
import { registerImport } from './import';
import { registerReport } from './report';
import { registerRubrics } from './rubrics';
import { registerScore } from './score';
import { registerServe } from './serve';
import { registerValidate } from './validate';

/** A command module: adds its command to the program; `exit` sets the process exit code. */
export type RegisterCommand = (program: Command, io: CliIO, exit: (code: number) => void) => void;

export const COMMANDS: RegisterCommand[] = [
  registerValidate,
  registerScore,
  registerRubrics,
  registerAudit,
  registerServe,
  registerReport,
  registerImport,
  registerExtract,
];
