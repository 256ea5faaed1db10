/** `jixiao rubrics`: the rubrics jixiao holds, with their versions. */

import { rubricLeaves } from '../../core/rubric';
import { listRubrics } from '../../rubrics';
import type { RegisterCommand } from '.';

export const registerRubrics: RegisterCommand = (command, io) => {
  command.option('--json', '以 JSON 输出').action((opts: { json?: boolean }) => {
    const rows = listRubrics().map((r) => ({
      id: r.id,
      name: r.name,
      region: r.region,
      scope: r.scope,
      year: r.year,
      version: r.version,
      items: rubricLeaves(r.root).length,
    }));
    if (opts.json) {
      io.out(JSON.stringify(rows, null, 2));
      return;
    }
    for (const r of rows) {
      io.out(
        `${r.id}\tv${r.version}\t${r.region}\t${r.year ?? '通用'}\t${r.scope === 'department' ? '部门整体' : '项目支出'}\t${r.items} 项\t${r.name}`,
      );
    }
  });
};
