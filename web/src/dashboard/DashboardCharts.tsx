/** The dashboard's charts; a click on any of them selects the departments behind it. */
import { App, Col, Row } from 'antd';
import { useMemo, useRef } from 'react';
import type { Dashboard } from '../api';
import type { ChartClick } from '../charts/EChart';
import type { ChartOption } from '../charts/echarts';
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

type ChartKey = 'grade' | 'histogram' | 'change' | 'scatter' | 'findings' | 'deductions' | 'unmet';

interface ChartSpec {
  key: ChartKey;
  title: string;
  testId: string;
  /** A message instead of the chart when it has nothing to show. */
  empty?: string | false;
  onClick: (e: ChartClick) => void;
}

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
  const options: Record<ChartKey, ChartOption> = useMemo(
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
  const rows: ChartSpec[][] = [
    [
      {
        key: 'grade',
        title: '等级分布',
        testId: 'chart-grades',
        onClick: (e) => onSelect(byGrade(data, e.name)),
      },
      {
        key: 'histogram',
        title: '得分分布',
        testId: 'chart-histogram',
        onClick: (e) => onSelect(byScoreRange(data, e.name)),
      },
      {
        key: 'change',
        title: '得分同比变化',
        testId: 'chart-change',
        onClick: (e) => onSelect(byChangeBand(data, e.name)),
      },
    ],
    [
      {
        key: 'scatter',
        title: '预算执行率与得分（每点一个部门）',
        testId: 'chart-scatter',
        onClick: (e) => onSelect(byDepartment(e.data as { id: number; name: string })),
      },
      {
        key: 'findings',
        title: '审核发现最多的部门',
        testId: 'chart-findings',
        empty: findingDeps.length === 0 && '没有审核发现',
        onClick: (e) => {
          const dep = findingDeps[e.dataIndex];
          if (dep) onSelect(byDepartment(dep));
        },
      },
    ],
    [
      {
        key: 'deductions',
        title: '最常见的失分项',
        testId: 'chart-deductions',
        empty: data.topDeductions.length === 0 && '没有失分项',
        onClick: (e) => {
          const x = data.topDeductions[e.dataIndex];
          if (x) behind(`失分：${x.name}`, x.departmentIds);
        },
      },
      {
        key: 'unmet',
        title: '最常见的未完成指标',
        testId: 'chart-unmet',
        empty: data.unmetIndicators.length === 0 && '没有未完成的指标',
        onClick: (e) => {
          const x = data.unmetIndicators[e.dataIndex];
          if (x) behind(`未完成：${x.name}`, x.departmentIds);
        },
      },
    ],
  ];
  return (
    <>
      {rows.map((row) => (
        <Row key={row[0]!.key} gutter={12} style={{ marginBottom: 12 }}>
          {row.map((c) => (
            <Col key={c.key} span={24 / row.length}>
              <ChartCard
                title={c.title}
                testId={c.testId}
                empty={c.empty}
                option={options[c.key]}
                onRendered={done(c.key)}
                onClick={c.onClick}
              />
            </Col>
          ))}
        </Row>
      ))}
    </>
  );
}
