/** 三、存在的主要问题 and 四、下一步改进措施, kept as written (each left out when nothing is written). */
import { type Block, h1, list } from '../_blocks';
import type { ReportContext } from '../_context';

export function closingSections(ctx: ReportContext): Block[] {
  const { problems, improvements } = ctx.e;
  return [
    h1('存在的主要问题'),
    ...(problems.length ? [list(problems)] : []),
    h1('下一步改进措施'),
    ...(improvements.length ? [list(improvements)] : []),
  ];
}
