/**
 * 二、预算收支情况: totals and the rates stated beside them (each with the rate its amounts give), income and expenditure
 * tables, cost-control figures, last year's totals and the comparisons the report states (上年, 年初预算).
 */
import { Col, Divider, Row, Typography } from 'antd';
import { memo } from 'react';
import type { Finance } from '../../../../src/core/model';
import { rateText } from '../../lib/finance';
import { type Column, EditableTable } from '../inputs/EditableTable';
import { AmountField, NumberField } from '../inputs/NumberField';
import { FinanceLinesTable } from './FinanceLinesTable';
import { RateView } from './RateView';
import { SectionCard } from './SectionCard';

type Pair = { budget?: number | null; actual?: number | null } | null | undefined;
type AmountKey = 'initialBudget' | 'budget' | 'executed' | 'basic' | 'project' | 'carryover';
type Comparison = Finance['comparisons'][number];
type LastYear = NonNullable<Finance['lastYear']>;

const COMPARISON_COLUMNS: readonly Column<Comparison>[] = [
  { kind: 'text', key: 'subject', title: '对比事项' },
  { kind: 'select', key: 'base', title: '对比基数', options: ['上年', '年初预算', '全年预算'] },
  { kind: 'amount', key: 'current', title: '本年数' },
  { kind: 'amount', key: 'baseValue', title: '基数' },
  { kind: 'number', key: 'change', title: '增减额（万元）', width: 130 },
  { kind: 'number', key: 'changePct', title: '增减幅度', unit: '%', width: 110 },
];

const blankComparison = (): Comparison => ({
  subject: '',
  base: '上年',
  current: null,
  baseValue: null,
  change: null,
  changePct: null,
});

function Finance_({ value, onChange }: { value: Finance; onChange: (f: Finance) => void }) {
  const set = (p: Partial<Finance>) => onChange({ ...value, ...p });
  const execRate = rateText(value.executed, value.budget);
  const carryRate = rateText(value.carryover, value.budget);
  const amount = (key: AmountKey, label: string) => (
    <Col span={5}>
      <AmountField
        path={`finance.${key}`}
        label={label}
        value={value[key]}
        onChange={(v) => set({ [key]: v })}
      />
    </Col>
  );
  /** The rate the report states; the one its amounts give stands under it, so the two can be compared. */
  const rate = (
    key: 'executionRate' | 'carryoverRate',
    label: string,
    computed: string | null,
    how: string,
  ) => (
    <Col span={5}>
      <NumberField
        path={`finance.${key}`}
        label={`${label}（填报）`}
        value={value[key]}
        onChange={(v) => set({ [key]: v })}
        unit="%"
        hint={
          <span data-testid={`rate-finance.${key}`}>
            {computed ? `按金额计算 ${computed}（${how}）` : `缺少金额时采用填报的${label}`}
          </span>
        }
      />
    </Col>
  );
  const pair = (key: 'threePublic' | 'publicFunds', label: string) => {
    const v: Pair = value[key];
    const setPair = (p: Partial<NonNullable<Pair>>) =>
      set({ [key]: { budget: v?.budget ?? null, actual: v?.actual ?? null, ...p } });
    return (
      <>
        <Col span={4}>
          <AmountField
            path={`finance.${key}.budget`}
            label={`${label}预算数`}
            value={v?.budget}
            onChange={(b) => setPair({ budget: b })}
          />
        </Col>
        <Col span={4}>
          <AmountField
            path={`finance.${key}.actual`}
            label={`${label}支出数`}
            value={v?.actual}
            onChange={(a) => setPair({ actual: a })}
          />
        </Col>
        <Col span={4}>
          <RateView path={`finance.${key}`} label={`${label}控制率`} value={rateText(v?.actual, v?.budget)} />
        </Col>
      </>
    );
  };
  const last = (key: keyof LastYear, label: string) => (
    <Col span={5}>
      <AmountField
        path={`finance.lastYear.${key}`}
        label={label}
        value={value.lastYear?.[key]}
        onChange={(v) =>
          set({ lastYear: { income: null, budget: null, executed: null, ...value.lastYear, [key]: v } })
        }
      />
    </Col>
  );
  return (
    <SectionCard id="sec-finance" title="二、预算收支情况（万元）">
      <div data-path="finance">
        <Row gutter={16}>
          {amount('initialBudget', '年初预算数')}
          {amount('budget', '全年预算数')}
          {amount('executed', '执行数（决算数）')}
          {rate('executionRate', '预算执行率', execRate, '执行数 ÷ 全年预算数')}
        </Row>
        <Row gutter={16}>
          {amount('basic', '基本支出')}
          {amount('project', '项目支出')}
          {amount('carryover', '年末结转结余')}
          {rate('carryoverRate', '结转结余率', carryRate, '结转结余 ÷ 全年预算数')}
        </Row>
        <Divider style={{ margin: '8px 0 12px' }} />
        <FinanceLinesTable
          path="finance.income"
          title="收入情况"
          lines={value.income}
          onChange={(v) => set({ income: v })}
          totals={value.incomeTotal}
          totalsPath="finance.incomeTotal"
          onTotalsChange={(t) => set({ incomeTotal: t })}
        />
        <FinanceLinesTable
          path="finance.expenditure"
          title="支出情况（按支出性质）"
          lines={value.expenditure}
          onChange={(v) => set({ expenditure: v })}
          totals={value.expenditureTotal}
          totalsPath="finance.expenditureTotal"
          onTotalsChange={(t) => set({ expenditureTotal: t })}
        />
        <FinanceLinesTable
          path="finance.expenditureBySource"
          title="支出情况（按资金来源）"
          lines={value.expenditureBySource}
          onChange={(v) => set({ expenditureBySource: v })}
        />
        <Divider style={{ margin: '8px 0 12px' }} />
        <Row gutter={16} data-path="finance.threePublic">
          {pair('threePublic', '“三公”经费')}
        </Row>
        <Row gutter={16} data-path="finance.publicFunds">
          {pair('publicFunds', '公用经费')}
          <Col span={4}>
            <NumberField
              path="finance.fixedAssetUtilization"
              label="固定资产利用率"
              value={value.fixedAssetUtilization}
              onChange={(v) => set({ fixedAssetUtilization: v })}
              unit="%"
            />
          </Col>
        </Row>
        <Divider style={{ margin: '8px 0 12px' }} />
        <Typography.Text strong>上年数（同比）</Typography.Text>
        <Row gutter={16} data-path="finance.lastYear" style={{ marginTop: 8 }}>
          {last('income', '上年收入')}
          {last('budget', '上年全年预算数')}
          {last('executed', '上年执行数')}
        </Row>
        <div data-path="finance.comparisons">
          <Typography.Text strong>对比说明（与上年、年初预算相比）</Typography.Text>
          <EditableTable
            path="finance.comparisons"
            rows={value.comparisons}
            onChange={(v) => set({ comparisons: v })}
            columns={COMPARISON_COLUMNS}
            newRow={blankComparison}
            addLabel="添加对比"
            emptyText="报告未列对比"
          />
        </div>
      </div>
    </SectionCard>
  );
}

export const FinanceSection = memo(Finance_);
