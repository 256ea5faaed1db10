/** Every field of the performance-goal declaration (`jixiao/goals@1`), as the editor and messages name it. */
import { defineFields, type Entry, indicatorFields } from './fields';

/** The evaluation's indicator columns and the four a declaration adds. */
const declaredIndicatorFields = (base: string): Entry[] => [
  ...indicatorFields(base),
  [`${base}[].valueType`, '指标值类型'],
  [`${base}[].scoring`, '评(扣)分标准'],
  [`${base}[].dataSource`, '数据来源'],
  [`${base}[].evidence`, '佐证材料'],
];

const funding = (base: string): Entry[] => [
  [`${base}[].source`, '资金来源'],
  [`${base}[].initial`, '预算数', 'amount'],
  [`${base}[].budget`, '调整后预算数', 'amount'],
  [`${base}[].executed`, '执行数', 'amount'],
];

const ENTRIES: Entry[] = [
  ['department.name', '部门名称'],
  ['department.district', '所属区'],
  ['department.kind', '部门类型'],
  ['department.functions[]', '部门职能'],
  ['year', '年度', 'year'],
  ['goal', '年度总体目标'],
  ['budget.total', '预算数合计', 'amount'],
  ...funding('budget.bySource'),
  ...declaredIndicatorFields('indicators'),
  ['projects[].name', '项目名称'],
  ['projects[].code', '项目编码'],
  ['projects[].budget', '预算数', 'amount'],
  ...funding('projects[].funding'),
  ['projects[].goal', '项目绩效目标'],
  ['projects[].owner', '项目负责人'],
  ...declaredIndicatorFields('projects[].indicators'),
  ['contact', '填报人'],
];

export const GOALS_FIELDS = defineFields({
  entries: ENTRIES,
  required: ['year'],
  containers: [
    ['department', '部门基本情况'],
    ['department.functions', '部门职能'],
    ['budget', '预算安排'],
    ['budget.bySource', '预算数（按资金来源）'],
    ['indicators', '绩效指标'],
    ['indicators[]', '绩效指标'],
    ['projects', '项目'],
    ['projects[]', '项目'],
    ['projects[].funding', '资金来源'],
    ['projects[].indicators', '项目绩效指标'],
    ['projects[].indicators[]', '项目绩效指标'],
  ],
  notEdited: [
    ['schema', '文档格式标识，固定不变'],
    ['drafts', '尚未成为数值的填写文本，随各字段保存'],
    ['indicators[].id', '指标编号，系统内部使用'],
    ['projects[].indicators[].id', '指标编号，系统内部使用'],
    ['indicators[].judgement.by', '判断人，由系统记录'],
    ['projects[].indicators[].judgement.by', '判断人，由系统记录'],
  ],
  rows: {
    'department.functions': '部门职能',
    'budget.bySource': '预算数',
    indicators: '绩效指标',
    projects: '项目',
    'projects[].funding': '资金来源',
    'projects[].indicators': '绩效指标',
  },
});
