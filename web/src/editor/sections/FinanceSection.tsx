/** 二、预算收支情况: totals, execution rate, income and expenditure tables, cost-control figures. */
import { Col, Divider, Row } from 'antd';
import { memo } from 'react';
import type { Finance } from '../../../../src/core/model';
import { rateText } from '../../lib/finance';
import { NumberField } from '../inputs/NumberField';
import { FinanceLinesTable } from './FinanceLinesTable';
import { RateView } from './RateView';
import { SectionCard } from './SectionCard';

type Pair = { budget?: number | null; actual?: number | null } | null | undefined;

function Finance_({ value, onChange }: { value: Finance; onChange: (f: Finance) => void }) {
  const set = (p: Partial<Finance>) => onChange({ ...value, ...p });
  const execRate = rateText(value.executed, value.budget);
  const carryRate = rateText(value.carryover, value.budget);
  const pair = (key: 'threePublic' | 'publicFunds', label: string) => {
    const v: Pair = value[key];
    const setPair = (p: Partial<NonNullable<Pair>>) =>
      set({ [key]: { budget: v?.budget ?? null, actual: v?.actual ?? null, ...p } });
    return (
      <>
        <Col span={4}>
          <NumberField
            path={`finance.${key}.budget`}
            label={`${label}预算数`}
            value={v?.budget}
            onChange={(b) => setPair({ budget: b })}
            unit="万元"
            min={0}
          />
        </Col>
        <Col span={4}>
          <NumberField
            path={`finance.${key}.actual`}
            label={`${label}支出数`}
            value={v?.actual}
            onChange={(a) => setPair({ actual: a })}
            unit="万元"
            min={0}
          />
        </Col>
        <Col span={4}>
          <RateView path={`finance.${key}`} label={`${label}控制率`} value={rateText(v?.actual, v?.budget)} />
        </Col>
      </>
    );
  };
  return (
    <SectionCard id="sec-finance" title="二、预算收支情况（万元）">
      <Row gutter={16}>
        <Col span={5}>
          <NumberField
            path="finance.initialBudget"
            label="年初预算数"
            value={value.initialBudget}
            onChange={(v) => set({ initialBudget: v })}
            unit="万元"
            min={0}
          />
        </Col>
        <Col span={5}>
          <NumberField
            path="finance.budget"
            label="全年预算数"
            value={value.budget}
            onChange={(v) => set({ budget: v })}
            unit="万元"
            min={0}
          />
        </Col>
        <Col span={5}>
          <NumberField
            path="finance.executed"
            label="执行数（决算数）"
            value={value.executed}
            onChange={(v) => set({ executed: v })}
            unit="万元"
            min={0}
          />
        </Col>
        <Col span={4}>
          {execRate || value.executionRate == null ? (
            <RateView
              path="finance.executionRate"
              label="预算执行率"
              value={execRate}
              hint="执行数 ÷ 全年预算数"
            />
          ) : (
            <NumberField
              path="finance.executionRate"
              label="预算执行率（填报）"
              value={value.executionRate}
              onChange={(v) => set({ executionRate: v })}
              unit="%"
              hint="缺少金额时采用填报的执行率"
            />
          )}
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={5}>
          <NumberField
            path="finance.basic"
            label="基本支出"
            value={value.basic}
            onChange={(v) => set({ basic: v })}
            unit="万元"
            min={0}
          />
        </Col>
        <Col span={5}>
          <NumberField
            path="finance.project"
            label="项目支出"
            value={value.project}
            onChange={(v) => set({ project: v })}
            unit="万元"
            min={0}
          />
        </Col>
        <Col span={5}>
          <NumberField
            path="finance.carryover"
            label="年末结转结余"
            value={value.carryover}
            onChange={(v) => set({ carryover: v })}
            unit="万元"
            min={0}
          />
        </Col>
        <Col span={4}>
          {carryRate ? (
            <RateView
              path="finance.carryoverRate"
              label="结转结余率"
              value={carryRate}
              hint="结转结余 ÷ 全年预算数"
            />
          ) : (
            <NumberField
              path="finance.carryoverRate"
              label="结转结余率（填报）"
              value={value.carryoverRate}
              onChange={(v) => set({ carryoverRate: v })}
              unit="%"
            />
          )}
        </Col>
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
      <Row gutter={16}>{pair('threePublic', '“三公”经费')}</Row>
      <Row gutter={16}>
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
    </SectionCard>
  );
}

export const FinanceSection = memo(Finance_);
