/** 一、部门基本情况: (一) 部门职能, (二) 年度总体工作和重点工作任务, (三) 绩效目标, and (五) 绩效管理情况. */
import { type Block, cell, h1, h2, h3, p, paras, type TableBlock } from '../_blocks';
import type { ReportContext } from '../_context';
import { asWritten, sentence } from '../_format';

function functionsBlocks(ctx: ReportContext): Block[] {
  const { functions, units, subordinateUnits } = ctx.e.department;
  const out: Block[] = [h2('部门职能')];
  if (functions.length === 1) out.push(...paras(functions[0] as string));
  else if (functions.length > 1) {
    const table: TableBlock = {
      kind: 'table',
      number: ctx.nextTable(),
      title: '部门主要职责',
      columns: [
        { header: '序号', width: 1, align: 'center' },
        { header: '职责内容', width: 9 },
      ],
      rows: functions.map((f, i) => ({ cells: [cell(String(i + 1), 'center'), cell(f)] })),
    };
    out.push(p(`${ctx.dept}的主要职责有 ${functions.length} 项，具体见${table.number}。`), table);
  }
  if (units.length) out.push(p(`${ctx.dept}设内设机构 ${units.length} 个，分别是：${units.join('、')}。`));
  if (subordinateUnits != null) out.push(p(`所属下级预算单位 ${subordinateUnits} 个。`));
  return out;
}

function workBlocks(ctx: ReportContext): Block[] {
  const { overview, tasks } = ctx.e;
  const out: Block[] = [h2('年度总体工作和重点工作任务'), h3('年度总体工作')];
  if (overview) out.push(...paras(overview));
  out.push(h3('重点工作任务'));
  if (tasks.length) out.push(p(`年初设置重点工作任务 ${tasks.length} 项。`));
  tasks.forEach((t, i) => {
    const goal = t.goal ? `匹配年度绩效目标为：${asWritten(t.goal)}` : '';
    out.push(p(`（${i + 1}）${asWritten(t.title)}${goal}${t.description ? asWritten(t.description) : ''}`));
  });
  return out;
}

/** How many indicators of each 一级指标, in the order they first appear. */
function levelCounts(ctx: ReportContext): string {
  const counts = new Map<string, number>();
  for (const i of ctx.e.indicators) {
    const key = i.level1 || '未分级指标';
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([k, n]) => `${k} ${n} 个`).join('、');
}

function goalBlocks(ctx: ReportContext): Block[] {
  const { goal, indicators } = ctx.e;
  const out: Block[] = [h2('部门整体支出绩效目标')];
  if (goal) out.push(...paras(goal));
  if (indicators.length)
    out.push(
      p(sentence(`围绕上述目标，共设置三级绩效指标 ${indicators.length} 个`, `其中${levelCounts(ctx)}`)),
    );
  return out;
}

export function basicIntro(ctx: ReportContext): Block[] {
  return [h1('部门基本情况'), ...functionsBlocks(ctx), ...workBlocks(ctx), ...goalBlocks(ctx)];
}

export function managementSummary(ctx: ReportContext): Block[] {
  const text = ctx.e.managementSummary;
  return [h2('部门整体绩效管理情况'), ...(text ? paras(text) : [])];
}
