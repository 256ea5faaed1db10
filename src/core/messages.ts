/** The one message map: trace and finding codes to Chinese sentences, read by the CLI, the UI and the reports. */
import type { TraceRecord } from './rubric/types';

type Params = Record<string, string | number | boolean | null | undefined>;

const WHY: Record<string, string> = {
  target_missing: '未填写目标值',
  target_unparseable: '目标值无法识别',
  actual_missing: '未填写实际完成值',
  actual_unreadable: '实际完成值为文字说明，无法自动比较',
  actual_negated: '实际完成值表明尚未完成',
  qualitative_negated: '实际完成情况表明尚未完成',
  unit_mismatch: '目标值与实际值单位不一致',
};

const RESULT: Record<string, string> = {
  met: '已完成',
  partly_met: '部分完成',
  not_met: '未完成',
  needs_judgement: '待判断',
};

export const MESSAGES: Record<string, (p: Params) => string> = {
  execution_rate_below: (p) => `${p.name} ${p.rate}%，得 ${p.score} 分，扣 ${p.lost} 分`,
  execution_rate_missing: (p) => `缺少全年预算数和执行数（或执行率），无法计算${p.name}`,
  no_indicators: (p) => `未填写${p.select}，无法计算${p.name}得分`,
  indicator_unmet: (p) =>
    `${p.name}：目标 ${p.target}，实际 ${p.actual}，完成率 ${p.completion}%，扣 ${p.lost} 分`,
  indicator_unmet_tier: (p) =>
    `${p.name}：${RESULT[String(p.result)] ?? p.result}，按 ${p.factor}% 计分，扣 ${p.lost} 分`,
  indicator_judged_deduction: (p) => `${p.name}：${p.reason || '人工评分'}，扣 ${p.lost} 分`,
  indicator_needs_judgement: (p) =>
    `${p.name}：${WHY[String(p.why)] ?? String(p.why)}，需人工判断（${p.weight} 分待定）`,
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

export function resultLabel(r: string): string {
  return RESULT[r] ?? r;
}
