import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sumWan } from '../money';
import { Evaluation } from './evaluation';
import { Monitoring, MonitoringDraft, parseIsoDate } from './monitoring';
import { MONITORING_FIELDS } from './monitoring-fields';

const example = JSON.parse(
  readFileSync(new URL('../../../examples/monitoring/nanzhou-2023-0630.json', import.meta.url), 'utf8'),
);
const nanzhou = Evaluation.parse(
  JSON.parse(readFileSync(new URL('../../../examples/nanzhou-2023.json', import.meta.url), 'utf8')),
);

describe('the field registry of the monitoring record', () => {
  it.each([
    ['finance.lines[1].executed', '预算执行情况第 2 行 截至本期执行数', 'amount'],
    ['finance.lines.0.bySource.1.budget', '预算执行情况第 1 行 资金来源第 2 行 全年预算数', 'amount'],
    ['indicators[3].progressPercent', '绩效指标第 4 行 完成进度', 'percent'],
    ['indicators[0].expectedMet', '绩效指标第 1 行 预计能否完成', undefined],
    ['finance.monthly[4].executed', '月度执行情况第 5 行 月末累计执行数', 'amount'],
    ['asOf', '监控时点', undefined],
  ])('%s is 「%s」 (%s)', (path, label, kind) => {
    expect(MONITORING_FIELDS.fieldLabel(path)).toBe(label);
    expect(MONITORING_FIELDS.fieldAt(path)?.number).toBe(kind);
  });
});

describe('jixiao/monitoring@1', () => {
  const base = { department: { name: '南洲街道' }, year: 2023, asOf: '2023-06-30' };

  it('reads the 南洲 2023 example, made up but on its self-evaluation’s budget and indicators', () => {
    const m = Monitoring.parse(example);
    expect(m.note).toContain('示例数据');
    expect(m.department.name).toBe(nanzhou.department.name);
    expect(m.finance.budget).toBe(nanzhou.finance.budget);
    expect(m.indicators.map((i) => [i.level1, i.level2, i.name, i.target])).toEqual(
      nanzhou.indicators.map((i) => [i.level1, i.level2, i.name, i.target]),
    );
    expect(MonitoringDraft.safeParse(example).success).toBe(true);
  });

  it('adds up in the example: 基本支出 + 项目支出 make the totals, its sources make 项目支出, months only grow', () => {
    const m = Monitoring.parse(example);
    const [basic, projects] = m.finance.lines;
    expect([basic?.kind, projects?.kind]).toEqual(['basic', 'projects']);
    expect(sumWan([basic!.budget!, projects!.budget!])).toBe(23135.18);
    expect(sumWan([basic!.executed!, projects!.executed!])).toBe(m.finance.executed);
    expect(sumWan(projects!.bySource.map((s) => s.budget!))).toBe(projects!.budget);
    expect(sumWan(projects!.bySource.map((s) => s.executed!))).toBe(projects!.executed);
    const months = [...m.finance.monthly.map((f) => f.executed!), m.finance.executed!];
    expect(months.every((x, i) => i === 0 || x > months[i - 1]!)).toBe(true);
  });

  it.each([
    ['2023-02-29', false],
    ['2024-02-29', true],
    ['2023-12-31', true],
    ['2023-13-01', false],
    ['2023-6-30', false],
    ['2023-04-31', false],
  ])('takes %s as a date: %s', (asOf, ok) => {
    expect(parseIsoDate(asOf) !== null).toBe(ok);
    expect(MonitoringDraft.safeParse({ ...base, year: Number(asOf.slice(0, 4)), asOf }).success).toBe(ok);
  });

  it('wants the date within the year when complete, and lets a draft wait', () => {
    const r = Monitoring.safeParse({ ...base, asOf: '2024-06-30' });
    expect(r.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['asOf', '监控时点应在 2023 年度内'],
    ]);
    expect(MonitoringDraft.safeParse({ ...base, asOf: '2024-06-30' }).success).toBe(true);
  });

  it('refuses in a draft a key it does not know, a month twice, a kind it does not know', () => {
    const r = MonitoringDraft.safeParse({
      ...base,
      indicators: [{ name: '甲', progres: '5个' }],
      finance: {
        lines: [{ name: '乙', kind: 'other' }],
        monthly: [
          { month: 5, executed: 1 },
          { month: 5, executed: 2 },
        ],
      },
    });
    expect(r.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['finance.lines.0.kind', '预算类别应为基本支出、项目支出或具体项目'],
      ['indicators.0', '未知的字段：progres'],
    ]);
    const months = MonitoringDraft.safeParse({
      ...base,
      finance: {
        monthly: [
          { month: 5, executed: 1 },
          { month: 5, executed: 2 },
        ],
      },
    });
    expect(months.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['finance.monthly.1.month', '5 月重复'],
    ]);
  });

  it('keeps typed text that is not an amount yet in drafts, only at an amount field', () => {
    const lines = [{ name: '基本支出', kind: 'basic' }];
    const ok = MonitoringDraft.safeParse({
      ...base,
      finance: { lines },
      drafts: { 'finance.lines[0].executed': '七千' },
    });
    expect(ok.success).toBe(true);
    const bad = MonitoringDraft.safeParse({
      ...base,
      finance: { lines },
      drafts: { 'finance.lines[0].name': 'x' },
    });
    expect(bad.error?.issues[0]?.message).toBe('「finance.lines[0].name」不是数字字段，不能保存填写文本');
  });

  it('requires names when complete, not in a draft', () => {
    const doc = { ...base, department: { name: '' }, indicators: [{ name: '' }] };
    expect(Monitoring.safeParse(doc).error?.issues.map((i) => i.message)).toEqual([
      '部门名称不能为空',
      '指标名称不能为空',
    ]);
    expect(MonitoringDraft.safeParse(doc).success).toBe(true);
  });
});
