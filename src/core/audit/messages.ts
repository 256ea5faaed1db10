/** Chinese sentences for every audit finding code, registered into the one message map. */
import { defineMessages } from '../messages';
import { formatWan } from '../money';

type P = Record<string, string | number | boolean | null | undefined>;

const wan = (v: unknown) => (typeof v === 'number' ? `${formatWan(v)} 万元` : '—');
/** A gap's size; its sign is in the record. */
const abs = (v: unknown) => (typeof v === 'number' ? wan(Math.abs(v)) : '—');
const pct = (v: unknown) => (typeof v === 'number' ? `${v}%` : '—');
const signed = (v: unknown) =>
  typeof v === 'number' && v > 0 ? `+${formatWan(v)}` : typeof v === 'number' ? formatWan(v) : '—';

export const AUDIT_MESSAGES: Record<string, (p: P) => string> = {
  // 收支情况
  lines_total_mismatch: (p) =>
    `${p.table}表${p.column}：各行合计 ${wan(p.sum)}，${p.totalLabel} ${wan(p.total)}，相差 ${abs(p.gap)}`,
  lines_total_rounding: (p) =>
    `${p.table}表${p.column}：各行合计 ${wan(p.sum)}，${p.totalLabel} ${wan(p.total)}，相差 ${abs(p.gap)}，属四舍五入尾差（各行精确到 ${p.precision} 万元，容差 ${wan(p.tolerance)}）`,
  restated_mismatch: (p) => `${p.label}前后不一致：${wan(p.a)} 与 ${wan(p.b)}（${p.otherPath}）`,
  restated_rounding: (p) => `${p.label}前后写法不同：${wan(p.a)} 与 ${wan(p.b)}，在取整范围内`,
  basic_project_mismatch: (p) =>
    `基本支出 ${wan(p.basic)} + 项目支出 ${wan(p.project)} = ${wan(p.sum)}，与支出决算数 ${wan(p.total)} 相差 ${abs(p.gap)}`,
  basic_project_rounding: (p) =>
    `基本支出 ${wan(p.basic)} + 项目支出 ${wan(p.project)} = ${wan(p.sum)}，与支出决算数 ${wan(p.total)} 相差 ${abs(p.gap)}，属四舍五入尾差`,
  execution_rate_mismatch: (p) => `${p.label} ${pct(p.stated)}，按${p.from}计算应为 ${pct(p.computed)}`,
  execution_rate_rounded: (p) =>
    `${p.label} ${pct(p.stated)} 是 ${pct(p.computed)} 取整后的写法（${p.from}），可接受`,
  execution_rate_low: (p) => `${p.label} ${pct(p.rate)}，低于 ${pct(p.threshold)}`,
  comparison_change_mismatch: (p) =>
    `${p.subject}：${wan(p.current)} 比${p.base} ${wan(p.baseValue)} 的变动应为 ${signed(p.computed)} 万元，文中为 ${signed(p.change)} 万元`,
  comparison_change_rounding: (p) =>
    `${p.subject}：与${p.base}相比的变动 ${signed(p.change)} 万元与计算值 ${signed(p.computed)} 万元相差 ${abs(p.gap)}，属尾差`,
  comparison_pct_mismatch: (p) =>
    `${p.subject}：与${p.base}（${wan(p.baseValue)}）相比变动 ${signed(p.change)} 万元，变动率应为 ${pct(p.computed)}，文中为 ${pct(p.stated)}`,
  comparison_pct_rounding: (p) => `${p.subject}：变动率 ${pct(p.stated)} 是 ${pct(p.computed)} 取整后的写法`,
  comparison_link_mismatch: (p) => `${p.label}前后不一致：对比中为 ${wan(p.a)}，收支情况中为 ${wan(p.b)}`,
  comparison_link_rounding: (p) => `${p.label}：对比中为 ${wan(p.a)}，收支情况中为 ${wan(p.b)}，在取整范围内`,
  carryover_rate_mismatch: (p) =>
    `结转结余率 ${pct(p.stated)}，按年末结转结余 ${wan(p.carryover)} ÷ 全年预算数 ${wan(p.budget)} 计算应为 ${pct(p.computed)}`,
  carryover_rate_rounded: (p) => `结转结余率 ${pct(p.stated)} 是 ${pct(p.computed)} 取整后的写法`,
  carryover_rate_high: (p) => `结转结余率 ${pct(p.rate)}，高于评分标准「${p.item}」的 ${pct(p.threshold)}`,
  spending_over_budget: (p) => `${p.label}支出 ${wan(p.actual)}，超出预算 ${wan(p.budget)} 共 ${wan(p.over)}`,
  project_funding_mismatch: (p) =>
    `项目「${p.project}」各资金来源${p.column}合计 ${wan(p.sum)}，与项目${p.column} ${wan(p.total)} 相差 ${abs(p.gap)}`,
  project_funding_rounding: (p) =>
    `项目「${p.project}」各资金来源${p.column}合计 ${wan(p.sum)}，与项目${p.column} ${wan(p.total)} 相差 ${abs(p.gap)}，属四舍五入尾差`,
  // 评分
  item_value_mismatch: (p) => `「${p.item}」填写 ${pct(p.stated)}，按${p.from}计算应为 ${pct(p.computed)}`,
  item_value_rounded: (p) => `「${p.item}」填写 ${pct(p.stated)} 是 ${pct(p.computed)} 取整后的写法`,
  score_over_max: (p) => `「${p.name}」得分 ${p.score} 分，超过该项分值 ${p.max} 分`,
  score_parts_mismatch: (p) =>
    `「${p.name}」得分 ${p.score} 分，但各组成部分合计 ${p.sum} 分（${p.parts}），相差 ${Math.abs(Number(p.gap))} 分`,
  score_parts_rounding: (p) =>
    `「${p.name}」得分 ${p.score} 分，各组成部分合计 ${p.sum} 分，相差 ${Math.abs(Number(p.gap))} 分，属四舍五入尾差`,
  score_restated_mismatch: (p) => `「${p.name}」得分前后不一致：${p.a} 分与${p.where}中的 ${p.b} 分`,
  score_key_unknown: (p) => `自评得分中的「${p.key}」在评分标准 ${p.rubric} 中找不到对应项目`,
  rubric_missing: (p) => `未找到评分标准「${p.rubric}」，未核对得分与等级`,
  total_computed_mismatch: (p) => `自评总分 ${p.total} 分，按评分标准 ${p.rubric} 计算为 ${p.computed} 分`,
  total_not_computable: (p) =>
    `数据不足，无法按评分标准 ${p.rubric} 算出总分（已算得 ${p.computed} 分，缺 ${p.missing} 项：${p.missingList}${Number(p.missing) > 5 ? '等' : ''}）；${p.partsStated ? '总分仅与各部分得分之和核对' : '报告未列全各部分得分，总分无从核对'}`,
  grade_mismatch: (p) => `自评总分 ${p.total} 分应评为「${p.expected}」，报告评为「${p.grade}」`,
  grade_computed_mismatch: (p) =>
    `按评分标准 ${p.rubric} 计算得 ${p.computed} 分，等级应为「${p.expected}」，报告评为「${p.grade}」`,
  score_computed_differs: (p) =>
    `「${p.name}」自评 ${p.score} 分，按评分标准 ${p.rubric} 计算为 ${p.computed} 分`,
  deduction_no_reason: (p) => `「${p.item}」扣 ${p.points} 分，未说明扣分理由`,
  item_lost_no_reason: (p) =>
    `「${p.name}」得 ${p.score} 分（满分 ${p.max} 分），扣 ${p.lost} 分，未说明理由`,
  indicator_lost_no_reason: (p) => `指标「${p.name}」扣 ${p.lost} 分，未说明偏差原因`,
  deduction_exceeds_lost: (p) =>
    `「${p.name}」列明扣分合计 ${p.deducted} 分，但得分 ${p.score} 分（满分 ${p.max} 分）只失 ${p.lost} 分`,
  deduction_short_of_lost: (p) =>
    `「${p.name}」失 ${p.lost} 分（得 ${p.score} 分，满分 ${p.max} 分），列明的扣分只有 ${p.deducted} 分`,
  // 绩效指标
  indicator_status_mismatch: (p) =>
    `${p.label}：目标 ${p.target}，实际 ${p.actual}，按${p.source}应为「${p.expected}」，报告写「${p.status}」`,
  indicator_status_doubtful: (p) =>
    `${p.label}：报告写「${p.status}」，但实际完成情况「${p.actual}」表明尚未完成`,
  indicator_verdict_contradicts: (p) =>
    `${p.label}：目标 ${p.target}，实际 ${p.actual}${p.completion != null ? `，完成率 ${pct(p.completion)}` : ''}，按数据应为「${p.expected}」，填报的评定为「${p.typed}」${p.reading ? '（实际值取自文字说明）' : ''}`,
  indicator_completion_mismatch: (p) =>
    `${p.label}：完成率写 ${pct(p.stated)}，按实际 ${p.actual} 与目标 ${p.target} 计算应为 ${pct(p.computed)}${p.embedded ? '（实际值取自文字说明）' : ''}`,
  indicator_completion_rounded: (p) =>
    `${p.label}：完成率 ${pct(p.stated)} 是 ${pct(p.computed)} 取整后的写法`,
  unmet_indicator: (p) => `${p.label}${p.result}：目标 ${p.target}，实际 ${p.actual}；偏差原因：${p.reason}`,
  unmet_indicator_explained_elsewhere: (p) =>
    `${p.label}${p.result}：目标 ${p.target}，实际 ${p.actual}；表中未写偏差原因，「${p.where}」中有说明`,
  unmet_indicator_no_reason: (p) =>
    `${p.label}${p.result}：目标 ${p.target}，实际 ${p.actual}，未说明偏差原因及改进措施`,
  indicator_count_mismatch: (p) => `报告称共设置绩效指标 ${p.announced} 个，指标表列出 ${p.rows} 个`,
  target_too_high: (p) =>
    `${p.label}：目标 ${p.target}，实际 ${p.actual}，仅完成 ${pct(p.ratio)}（低于 ${pct(p.below)}），目标值设置偏高`,
  target_too_low: (p) =>
    `${p.label}：目标 ${p.target}，实际 ${p.actual}，达到目标的 ${pct(p.ratio)}（高于 ${pct(p.above)}），目标值设置偏低`,
  // 基本情况、问题与改进
  section_empty: (p) => `${p.label}为空`,
};

defineMessages(AUDIT_MESSAGES);
