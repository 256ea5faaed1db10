/** The one message map: trace and finding codes to Chinese sentences, read by the CLI, the UI and the reports. */
import { JUDGE_WHY, resultLabel } from './labels';
import type { TraceRecord } from './rubric/types';

export { resultLabel };

type Params = Record<string, string | number | boolean | null | undefined>;

export const MESSAGES: Record<string, (p: Params) => string> = {
  execution_rate_below: (p) => `${p.name} ${p.rate}%，得 ${p.score} 分，扣 ${p.lost} 分`,
  execution_rate_missing: (p) => `缺少全年预算数和执行数（或执行率），无法计算${p.name}`,
  no_indicators: (p) => `未填写${p.select}，无法计算${p.name}得分`,
  points_moved: (p) => `未设置${p.name}，其 ${p.points} 分按评分标准计入${p.to}`,
  indicator_unmet: (p) =>
    `${p.name}：目标 ${p.target}，实际 ${p.actual}，完成率 ${p.completion}%，扣 ${p.lost} 分`,
  indicator_unmet_tier: (p) =>
    `${p.name}：${resultLabel(String(p.result))}，按 ${p.factor}% 计分，扣 ${p.lost} 分`,
  indicator_judged_deduction: (p) => `${p.name}：${p.reason || '人工评分'}，扣 ${p.lost} 分`,
  indicator_needs_judgement: (p) =>
    `${p.name}：${JUDGE_WHY[String(p.why)] ?? String(p.why)}，需人工判断（${p.weight} 分待定）`,
  threshold_over: (p) => `${p.name} ${p.value}%，高于 ${p.threshold}%，扣 ${p.lost} 分`,
  threshold_under: (p) => `${p.name} ${p.value}%，低于 ${p.threshold}%，扣 ${p.lost} 分`,
  threshold_missing: (p) => `缺少${p.name}的数据，无法计分`,
  threshold_from_score: (p) => `${p.name}：未提供比率，采用填报得分 ${p.score} 分`,
  judgement_missing: (p) => `${p.name}：未评分`,
  judgement_lost: (p) =>
    `${p.name}：得 ${p.score} 分（满分 ${p.max} 分），扣 ${p.lost} 分，理由：${p.reason}`,
  judgement_no_reason: (p) =>
    `${p.name}：得 ${p.score} 分（满分 ${p.max} 分），扣 ${p.lost} 分，但未说明理由`,
};

/** Register more messages (audit rules, extraction warnings) into the same map; a code already taken is an error. */
export function defineMessages(more: Record<string, (p: Params) => string>): void {
  for (const [code, render] of Object.entries(more)) {
    if (MESSAGES[code] && MESSAGES[code] !== render) throw new Error(`消息代码重复：${code}`);
    MESSAGES[code] = render;
  }
}

/** A record's Chinese sentence; an unknown code says so rather than failing. */
export function renderMessage(code: string, params: Params): string {
  const m = MESSAGES[code];
  return m ? m(params) : `${code} ${JSON.stringify(params)}`;
}

export function renderTrace(t: Pick<TraceRecord, 'code' | 'params'>): string {
  return renderMessage(t.code, t.params);
}
