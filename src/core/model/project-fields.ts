/** Every field of the project self-evaluation (`jixiao/project-evaluation@1`), as the editor and messages name it. */
import { defineFields, type Entry, indicatorFields } from './fields';

const ENTRIES: Entry[] = [
  ['year', '年度', 'year'],
  ['rubric', '评分标准'],
  ['project.name', '项目名称'],
  ['project.code', '项目编码'],
  ['project.department', '主管部门'],
  ['project.implementer', '实施单位'],
  ['project.category', '项目类别'],
  ['project.owner', '项目负责人'],
  ['finance.initialBudget', '年初预算数', 'amount'],
  ['finance.budget', '全年预算数', 'amount'],
  ['finance.executed', '全年执行数', 'amount'],
  ['finance.executionRate', '执行率', 'percent'],
  ['finance.bySource[].source', '资金来源'],
  ['finance.bySource[].initial', '年初预算数', 'amount'],
  ['finance.bySource[].budget', '全年预算数', 'amount'],
  ['finance.bySource[].executed', '全年执行数', 'amount'],
  ['goal.expected', '预期目标'],
  ['goal.actual', '实际完成情况'],
  ...indicatorFields('indicators'),
  ['conclusion', '自评结论'],
  ['reported.total', '自评总分', 'points'],
  ['reported.grade', '评价等级'],
  ['reported.executionRate', '表中所列执行率', 'percent'],
  ['reported.scores.{}', '自评得分', 'points'],
];

export const PROJECT_FIELDS = defineFields({
  entries: ENTRIES,
  required: ['year'],
  containers: [
    ['project', '项目基本信息'],
    ['finance', '项目资金'],
    ['finance.bySource', '资金来源'],
    ['goal', '年度总体目标'],
    ['indicators', '绩效指标'],
    ['indicators[]', '绩效指标'],
    ['reported', '表中所列得分'],
    ['reported.scores', '表中所列各项得分'],
  ],
  notEdited: [
    ['schema', '文档格式标识，固定不变'],
    ['drafts', '尚未成为数值的填写文本，随各字段保存'],
    ['indicators[].id', '指标编号，系统内部使用'],
    ['indicators[].judgement.by', '判断人，由系统记录'],
  ],
  rows: { 'finance.bySource': '资金来源', indicators: '绩效指标' },
});
