/** Read an evaluation file for a command: JSON parse and validation errors become one CLI error listing every problem. */
import { type Evaluation, isProjectEvaluation, type ProjectEvaluation } from '../../core/model';
import { type ValidationIssue, validateEvaluation } from '../../core/validate';
import { validateProjectEvaluation } from '../../core/validate-project';
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

function problems(file: string, issues: readonly ValidationIssue[]): CliError {
  return new CliError(
    `${file}: 共 ${issues.length} 处问题\n${issues.map((i) => `${i.path}: ${i.message}`).join('\n')}`,
    EXIT.problems,
    issues.map((i) => ({ path: i.path, message: i.message })),
  );
}

/** Load and validate; throws a CliError with `path: message` lines when the document has problems. */
export async function loadEvaluation(io: CliIO, file: string): Promise<Evaluation> {
  const r = validateEvaluation(await readJson(io, file), findRubric);
  if (!r.success) throw problems(file, r.issues);
  return r.data;
}

/** A department's evaluation or a project's self-evaluation, told apart by the file's `schema`. */
export type AnyDocument =
  | { kind: 'department'; doc: Evaluation }
  | { kind: 'project'; doc: ProjectEvaluation };

/** Load and validate either document kind. */
export async function loadDocument(io: CliIO, file: string): Promise<AnyDocument> {
  const json = await readJson(io, file);
  if (isProjectEvaluation(json)) {
    const r = validateProjectEvaluation(json, findRubric);
    if (!r.success) throw problems(file, r.issues);
    return { kind: 'project', doc: r.data };
  }
  const r = validateEvaluation(json, findRubric);
  if (!r.success) throw problems(file, r.issues);
  return { kind: 'department', doc: r.data };
}
