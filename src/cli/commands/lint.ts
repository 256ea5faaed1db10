/**
 * `jixiao lint GOALS.json [HISTORY.json …] [--json]`: the targets of a 绩效目标申报表 checked against the principles of
 * target setting and, with earlier years' declarations or self-evaluations given, against the department's past
 * actuals; exit 1 on any error.
 */
import { countFindings } from '../../core/audit';
import { calibrateGoals, type HistoryDoc, lintGoals } from '../../core/lint';
import { presentLintFindings, renderLintReport } from '../../core/lint/render';
import { Evaluation, Goals } from '../../core/model';
import { CliError } from '../io';
import type { RegisterCommand } from '.';
import { readJson } from './_load';

/** Problems of a file as one CLI error, each at its path. */
function refused(file: string, issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): CliError {
  const lines = issues.map((i) => `${i.path.map(String).join('.') || '(根)'}: ${i.message}`);
  return new CliError(`${file}: 共 ${lines.length} 处问题\n${lines.join('\n')}`);
}

export const registerLint: RegisterCommand = (command, io, exit) => {
  command
    .argument('<goals>', '绩效目标申报文件（JSON，jixiao/goals@1）')
    .argument('[history...]', '以前年度的申报或自评文件（JSON），用于与往年实际完成值比较')
    .option('--json', '以 JSON 输出 {findings, counts, calibration}')
    .action(async (file: string, historyFiles: string[], opts: { json?: boolean }) => {
      const parsed = Goals.safeParse(await readJson(io, file));
      if (!parsed.success) throw refused(file, parsed.error.issues);
      const history: HistoryDoc[] = [];
      for (const h of historyFiles) {
        const json = await readJson(io, h);
        const asGoals = Goals.safeParse(json);
        if (asGoals.success) {
          history.push(asGoals.data);
          continue;
        }
        const asEvaluation = Evaluation.safeParse(json);
        if (!asEvaluation.success) throw refused(h, asEvaluation.error.issues);
        history.push(asEvaluation.data);
      }
      const doc = parsed.data;
      const findings = lintGoals(doc, { history });
      if (opts.json) {
        io.out(
          JSON.stringify(
            { ...presentLintFindings(findings), calibration: calibrateGoals(doc, { history }) },
            null,
            2,
          ),
        );
      } else {
        io.out(`${doc.department.name} ${doc.year} 年度　绩效目标检查`);
        io.out(renderLintReport(findings).join('\n'));
      }
      if (countFindings(findings).error > 0) exit(1);
    });
};
