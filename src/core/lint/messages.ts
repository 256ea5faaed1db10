/** Chinese sentences for every lint finding code, registered into the one message map. */
import { defineMessages } from '../messages';

type P = Record<string, string | number | boolean | null | undefined>;

export const LINT_MESSAGES: Record<string, (p: P) => string> = {
  goal_quantity_no_figure: (p) => `${p.label}为定量指标，但目标值「${p.target}」中没有可衡量的数值`,
  goal_quantity_no_unit: (p) => `${p.label}为定量指标，目标值「${p.target}」未写计量单位`,
  goal_qualitative_no_criteria: (p) => `${p.label}为定性指标（目标「${p.target}」），未填写评(扣)分标准`,
  goal_level_by_name: (p) => `${p.label}列在「${p.level1}」下，按指标名称应属「${p.expected}」`,
  goal_level2_mismatch: (p) =>
    `${p.label}：二级指标「${p.level2}」属于「${p.expected}」，不应列在一级指标「${p.level1}」下`,
  goal_long_term: (p) => `${p.label}：「${p.text}」含「${p.word}」，是长期目标，不宜作为 ${p.year} 年度指标`,
  goal_cost_no_money_unit: (p) =>
    `${p.label}为成本指标，计量单位${p.unit ? `「${p.unit}」` : '未填写'}，应以货币计量（${p.units}）`,
  goal_duplicate: (p) => `${p.label}（第 ${p.row} 行）与第 ${p.first} 行重复：名称和计量单位相同`,
  goal_project_no_indicator: (p) => `项目「${p.project}」未设置绩效指标`,
  goal_too_easy: (p) =>
    `${p.label}：目标 ${p.target} 不及上年（${p.lastYear} 年）实际完成 ${p.lastActual}，目标值设置${p.direction === 'less' ? '过宽' : '偏低'}`,
  goal_too_hard: (p) =>
    p.direction === 'less'
      ? `${p.label}：目标 ${p.target}，不到近年实际完成最低值 ${p.best}${p.unit} 的 ${p.share}%（${p.years} 年：${p.actuals}），目标值设置过严`
      : `${p.label}：目标 ${p.target}，超过近年实际完成最高值 ${p.best}${p.unit} 的 ${p.ratio}%（${p.years} 年：${p.actuals}），目标值设置偏高`,
};

defineMessages(LINT_MESSAGES);
