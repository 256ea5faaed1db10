/** 三、存在的主要问题 and 四、下一步改进措施, kept as written. */
import { type Block, empty, h1, list } from '../_blocks';
import type { ReportContext } from '../_context';

export function closingSections(ctx: ReportContext): Block[] {
  const { problems, improvements } = ctx.e;
  return [
    h1('三、存在的主要问题'),
    problems.length ? list(problems) : empty('未填写存在的主要问题。'),
    h1('四、下一步改进措施'),
    improvements.length ? list(improvements) : empty('未填写下一步改进措施。'),
  ];
}
