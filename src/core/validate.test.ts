import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findRubric } from '../rubrics';
import { draftIssues, validateDraft, validateEvaluation, validateForSubmission } from './validate';

describe('validateEvaluation', () => {
  it('reports a wrong type, a negative budget, an unknown rubric item and an unparseable target, each with its path', () => {
    const r = validateEvaluation(
      {
        department: { name: '测试街道办事处' },
        year: '2023',
        rubric: 'gz-dept-2023',
        finance: { budget: -5 },
        management: [{ item: '不存在的项目', score: 1 }],
        indicators: [{ name: '指标', target: '≥abc' }],
      },
      findRubric,
    );
    expect(r.success).toBe(false);
    expect(r.issues.map((i) => i.path)).toEqual([
      'year',
      'finance.budget',
      'management.0.item',
      'indicators.0.target',
    ]);
    expect(r.issues.map((i) => i.message)).toEqual([
      '年度应为数字',
      '金额不能为负数',
      '评分标准 gz-dept-2023 中没有评价项目「不存在的项目」',
      '无法识别的目标值：≥abc',
    ]);
  });

  it('rejects absurd numbers and a score above the item maximum', () => {
    const r = validateEvaluation(
      {
        department: { name: 'x' },
        year: 2023,
        rubric: 'gz-dept-2023',
        finance: { budget: 1e12, executed: 1.0000001 },
        management: [{ item: '结转结余率', score: 3 }],
      },
      findRubric,
    );
    expect(r.issues).toEqual([
      { path: 'finance.budget', message: '金额超过 100000000 万元，不合常理' },
      { path: 'finance.executed', message: '金额精度不能超过分（万元最多 6 位小数）' },
      { path: 'management.0.score', message: '得分 3 超过该项分值 2' },
    ]);
  });

  it.each(['"三公"经费控制情况', '三公经费控制情况'])(
    'matches %s to the rubric item across quote styles and aliases',
    (item) => {
      const r = validateEvaluation(
        { department: { name: 'x' }, year: 2023, rubric: 'gz-dept-2023', management: [{ item, score: 2 }] },
        findRubric,
      );
      expect(r.issues).toEqual([]);
    },
  );

  it('rejects two items for one rubric item, by name or alias, naming both places', () => {
    const items = [
      { item: '结转结余率', score: 2 },
      { item: '“三公”经费控制情况', score: 2 },
      { item: '财务管理合规性', score: 2 },
      { item: '三公经费控制率', score: 1 },
    ];
    const r = validateEvaluation(
      { department: { name: 'x' }, year: 2023, rubric: 'gz-dept-2023', management: items },
      findRubric,
    );
    expect(r.issues).toEqual([
      {
        path: 'management.3.item',
        message: '评价项目重复：management[1] 与 management[3] 都是「“三公”经费控制情况」，只能保留一项',
      },
    ]);
  });

  it('requires a reason for a judged deduction and names an unknown rubric', () => {
    const r = validateEvaluation(
      {
        department: { name: 'x' },
        year: 2023,
        rubric: 'nowhere-1',
        indicators: [{ name: 'a', judgement: { result: 'not_met' } }],
      },
      findRubric,
    );
    expect(r.issues).toEqual([
      { path: 'indicators.0.judgement.reason', message: '扣分或未完成时必须说明理由' },
      { path: 'rubric', message: '未知的评分标准：nowhere-1' },
    ]);
  });
});

const nanzhou = () => JSON.parse(readFileSync('examples/nanzhou-2023.json', 'utf8'));

describe('validateDraft', () => {
  it('saves an empty new indicator row and typed text that is not a number, listing each as a problem', () => {
    const doc = nanzhou();
    doc.indicators.push({ name: '', level1: '产出指标' });
    doc.finance.budget = null;
    doc.drafts = { 'finance.budget': '-500', 'finance.comparisons[0].changePct': 'abc' };
    doc.finance.comparisons[0].changePct = null;
    const r = validateDraft(doc, findRubric);
    expect(r.success).toBe(true);
    if (!r.success) return;
    expect(r.data.drafts).toEqual(doc.drafts);
    expect(r.problems).toEqual([
      { path: `indicators.${doc.indicators.length - 1}.name`, message: '指标名称不能为空' },
      { path: 'finance.budget', message: '「全年预算数」不能为负数' },
      {
        path: 'finance.comparisons[0].changePct',
        message: '「对比说明第 1 行 增减幅度」应为百分比',
      },
    ]);
    // The same problems block submission.
    expect(validateForSubmission(r.data, findRubric).issues).toEqual(r.problems);
  });

  it('has no problems for a complete document', () => {
    const r = validateDraft(nanzhou(), findRubric);
    expect(r).toMatchObject({ success: true, problems: [] });
    expect(validateForSubmission(nanzhou(), findRubric).success).toBe(true);
  });

  it('still refuses a wrong structure: an unknown key, a wrong type, a draft for a field that is not a number', () => {
    const doc = nanzhou();
    const cases: Array<[(d: ReturnType<typeof nanzhou>) => void, string, string]> = [
      [(d) => (d.finance.budgett = 5), 'finance', '未知的字段：budgett'],
      [(d) => (d.year = '二〇二三'), 'year', '年度应为数字'],
      [(d) => (d.finance.budget = -500), 'finance.budget', '金额不能为负数'],
      [(d) => (d.drafts = { title: 'x' }), 'drafts.title', '「title」不是数字字段，不能保存填写文本'],
      [
        (d) => (d.drafts = { 'finance.comparisons.0.current': 'x' }),
        'drafts.finance.comparisons.0.current',
        '「finance.comparisons.0.current」应写作「finance.comparisons[0].current」',
      ],
      [
        (d) => (d.drafts = { 'finance.comparisons[99].current': 'x' }),
        'drafts.finance.comparisons[99].current',
        '「finance.comparisons[99].current」所在的行不存在',
      ],
      [
        (d) => (d.drafts = { 'finance.budget': '5' }),
        'drafts.finance.budget',
        '「finance.budget」已有数值，不能同时保存填写文本',
      ],
    ];
    for (const [change, path, message] of cases) {
      const d = structuredClone(doc);
      change(d);
      const r = validateDraft(d, findRubric);
      expect(r.success, path).toBe(false);
      if (!r.success) expect(r.issues).toContainEqual({ path, message });
    }
  });

  it('lists an unexplained verdict as a problem instead of refusing the draft', () => {
    const doc = nanzhou();
    doc.indicators[0].judgement = { result: 'not_met' };
    const r = validateDraft(doc, findRubric);
    expect(r).toMatchObject({
      success: true,
      problems: [{ path: 'indicators.0.judgement.reason', message: '扣分或未完成时必须说明理由' }],
    });
  });
});

describe('draftIssues', () => {
  it('gives each typed text the message of its field', () => {
    expect(
      draftIssues({
        'finance.budget': '1e12',
        'reported.scores.产出指标': '一百',
        'finance.executed': '23,135.18',
      }),
    ).toEqual([
      { path: 'finance.budget', message: '「全年预算数」不接受科学计数法，请写出完整数字' },
      {
        path: 'reported.scores.产出指标',
        message: '「自评得分（产出指标）」请用阿拉伯数字填写，不接受中文数字',
      },
      { path: 'finance.executed', message: '「执行数（决算数）」填写的“23,135.18”尚未成为数值' },
    ]);
  });
});

describe('validateEvaluation: characters no one can type', () => {
  it('names the field and the character of a NUL or U+FFFE in a file', () => {
    const e = JSON.parse(readFileSync('examples/nanzhou-2023.json', 'utf8'));
    e.department.name = '南洲\u0000街道';
    e.indicators[2].name = '\uFFFE指标';
    const r = validateEvaluation(e, findRubric);
    expect(r.success).toBe(false);
    expect(r.issues).toEqual(
      expect.arrayContaining([
        {
          path: 'department.name',
          message: '「部门名称」包含不可见或控制字符（第 3 个字符 U+0000），请删除后重试',
        },
        { path: 'indicators.2.name', message: expect.stringContaining('第 1 个字符 U+FFFE') },
      ]),
    );
  });
});
