/** Read an evaluation file for a command: JSON parse and validation errors become one CLI error listing every problem. */
import type { Evaluation } from '../../core/model';
import { validateEvaluation } from '../../core/validate';
import { findRubric } from '../../rubrics';
import { CliError, type CliIO, EXIT } from '../io';

export async function readJson(io: CliIO, file: string): Promise<unknown> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(file);
  } catch (e) {
    throw new CliError(`${file}: 无法读取文件（${(e as NodeJS.ErrnoException).code ?? String(e)}）`);
  }
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch (e) {
    throw new CliError(`${file}: 不是有效的 JSON（${(e as Error).message}）`);
  }
}

/** Load and validate; throws a CliError with `path: message` lines when the document has problems. */
export async function loadEvaluation(io: CliIO, file: string): Promise<Evaluation> {
  const json = await readJson(io, file);
  const r = validateEvaluation(json, findRubric);
  if (!r.success) {
    throw new CliError(
      `${file}: 共 ${r.issues.length} 处问题\n${r.issues.map((i) => `${i.path}: ${i.message}`).join('\n')}`,
      EXIT.problems,
      r.issues.map((i) => ({ path: i.path, message: i.message })),
    );
  }
  return r.data;
}
