/**
 * 二、项目资金（万元）: 年初预算数 / 全年预算数 / 全年执行数, the 执行率 they give beside the one stated, its 得分 on the
 * rubric, and the same by source of funds with live totals checked against the project's amounts.
 */
import { Col, Row } from 'antd';
import { memo } from 'react';
import type { ProjectFinance } from '../../../src/core/model';
import { round2 } from '../../../src/core/money';
import type { ScoreNode } from '../../../src/core/rubric';
import { AmountField, NumberField } from '../editor/inputs/NumberField';
import { FundingTable } from '../editor/sections/FundingTable';
import { RateView } from '../editor/sections/RateView';
import { SectionCard } from '../editor/sections/SectionCard';
import { rateText } from '../lib/finance';

type AmountKey = 'initialBudget' | 'budget' | 'executed';

const AMOUNTS: ReadonlyArray<readonly [AmountKey, string]> = [
  ['initialBudget', '年初预算数'],
  ['budget', '全年预算数'],
  ['executed', '全年执行数'],
];

function Finance({
  value,
  onChange,
  score,
}: {
  value: ProjectFinance;
  onChange: (f: ProjectFinance) => void;
  /** The rubric's 预算执行率 node as scored now. */
  score: ScoreNode | undefined;
}) {
  const set = (p: Partial<ProjectFinance>) => onChange({ ...value, ...p });
  const rate = rateText(value.executed, value.budget);
  return (
    <SectionCard id="sec-project-finance" title="二、项目资金（万元）">
      <Row gutter={16}>
        {AMOUNTS.map(([key, label]) => (
          <Col span={5} key={key}>
            <AmountField
              path={`finance.${key}`}
              label={label}
              value={value[key]}
              onChange={(v) => set({ [key]: v })}
            />
          </Col>
        ))}
        <Col span={4}>
          <NumberField
            path="finance.executionRate"
            label="执行率（填报）"
            value={value.executionRate}
            onChange={(v) => set({ executionRate: v })}
            unit="%"
            hint={rate ? `按金额计算 ${rate}` : '填写预算数和执行数后按金额计算'}
          />
        </Col>
        <Col span={5}>
          <RateView
            path="finance"
            label={`得分（分值 ${score?.max ?? 10}）`}
            value={score?.score == null ? null : round2(score.score).toFixed(2)}
            hint="10 × min(执行数 ÷ 全年预算数, 100%)"
          />
        </Col>
      </Row>
      <div className="jx-field-label">其中：按资金来源</div>
      <FundingTable
        path="finance.bySource"
        lines={value.bySource}
        onChange={(bySource) => set({ bySource })}
        stated={{ budget: value.budget, executed: value.executed }}
      />
    </SectionCard>
  );
}

export const ProjectFinanceSection = memo(Finance);
