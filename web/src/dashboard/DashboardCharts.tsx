/** The dashboard's charts; a click on any of them selects the departments behind it. */
import { App, Col, Row } from 'antd';
import { useMemo, useRef } from 'react';
import type { Dashboard } from '../api';
import type { ChartClick } from '../charts/EChart';
import { ChartCard } from './ChartCard';
import {
  changeOption,
  deductionsOption,
  findingsOption,
  gradeOption,
  histogramOption,
  scatterOption,
  topFindings,
  unmetOption,
} from './options';
import { byChangeBand, byDepartment, byGrade, byIds, byScoreRange, type Selection } from './selections';

export const CHART_COUNT = 7;

export function DashboardCharts({
  data,
  onSelect,
  onAllRendered,
}: {
  data: Dashboard;
  onSelect: (s: Selection) => void;
  onAllRendered: () => void;
}) {
  const { message } = App.useApp();
  const options = useMemo(
    () => ({
      grade: gradeOption(data),
      histogram: histogramOption(data),
      change: changeOption(data),
      scatter: scatterOption(data),
      findings: findingsOption(data),
      deductions: deductionsOption(data),
      unmet: unmetOption(data),
    }),
    [data],
  );
  const rendered = useRef(new Set<string>());
  const done = (key: string) => () => {
    if (rendered.current.has(key)) return;
    rendered.current.add(key);
    if (rendered.current.size === CHART_COUNT) onAllRendered();
  };
  const behind = (label: string, ids: number[] | undefined) => {
    const s = byIds(label, ids);
    if (s) onSelect(s);
    else message.info('服务器未提供该项对应的部门明细');
  };
  const findingDeps = topFindings(data);
  return (
    <>
      <Row gutter={12} style={{ marginBottom: 12 }}>
        <Col span={8}>
          <ChartCard
            title="等级分布"
            testId="chart-grades"
            option={options.grade}
            onRendered={done('grade')}
            onClick={(e: ChartClick) => onSelect(byGrade(data, e.name))}
          />
        </Col>
        <Col span={8}>
          <ChartCard
            title="得分分布"
            testId="chart-histogram"
            option={options.histogram}
            onRendered={done('histogram')}
            onClick={(e) => onSelect(byScoreRange(data, e.name))}
          />
        </Col>
        <Col span={8}>
          <ChartCard
            title="得分同比变化"
            testId="chart-change"
            option={options.change}
            onRendered={done('change')}
            onClick={(e) => onSelect(byChangeBand(data, e.name))}
          />
        </Col>
      </Row>
      <Row gutter={12} style={{ marginBottom: 12 }}>
        <Col span={12}>
          <ChartCard
            title="预算执行率与得分（每点一个部门）"
            testId="chart-scatter"
            option={options.scatter}
            onRendered={done('scatter')}
            onClick={(e) => {
              const p = e.data as { id: number; name: string };
              onSelect(byDepartment(p));
            }}
          />
        </Col>
        <Col span={12}>
          <ChartCard
            title="审核发现最多的部门"
            testId="chart-findings"
            empty={findingDeps.length === 0 && '没有审核发现'}
            option={options.findings}
            onRendered={done('findings')}
            onClick={(e) => {
              const dep = findingDeps[e.dataIndex];
              if (dep) onSelect(byDepartment(dep));
            }}
          />
        </Col>
      </Row>
      <Row gutter={12} style={{ marginBottom: 12 }}>
        <Col span={12}>
          <ChartCard
            title="最常见的失分项"
            testId="chart-deductions"
            empty={data.topDeductions.length === 0 && '没有失分项'}
            option={options.deductions}
            onRendered={done('deductions')}
            onClick={(e) => {
              const x = data.topDeductions[e.dataIndex];
              if (x) behind(`失分：${x.name}`, x.departmentIds);
            }}
          />
        </Col>
        <Col span={12}>
          <ChartCard
            title="最常见的未完成指标"
            testId="chart-unmet"
            empty={data.unmetIndicators.length === 0 && '没有未完成的指标'}
            option={options.unmet}
            onRendered={done('unmet')}
            onClick={(e) => {
              const x = data.unmetIndicators[e.dataIndex];
              if (x) behind(`未完成：${x.name}`, x.departmentIds);
            }}
          />
        </Col>
      </Row>
    </>
  );
}
