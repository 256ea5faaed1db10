/** The dashboard laid out for paper (A4 landscape): summary and charts on the first page, then the ranking. */
import { PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Spin } from 'antd';
import { useEffect, useMemo, useRef } from 'react';
import { STATUS_LABEL } from '../../../src/core/labels';
import type { Dashboard } from '../api';
import type { ChartOption } from '../charts/echarts';
import { CSP_NONCE } from '../lib/csp';
import { Link } from '../router';
import { countByStatus, statusNames } from './desk-filter';
import {
  changeOption,
  deductionsOption,
  gradeOption,
  histogramOption,
  scatterOption,
  unmetOption,
} from './options';
import { PrintChart } from './PrintChart';
import { rankingRows } from './RankingTable';
import { summaryItems } from './SummaryStats';
import './print.css';

/** Only while the print view is open: the paper, and no application frame on it. */
const PAGE_CSS = `@page { size: A4 landscape; margin: 10mm; }
@media print {
  html, body { background: #fff !important; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .ant-layout-header, .jx-no-print { display: none !important; }
  .ant-layout { background: #fff !important; min-height: 0 !important; }
  .jx-print { margin: 0 auto !important; }
}`;

const CHART_W = 338;
const CHART_H = 240;
const n2 = (v: number | null) => (v === null ? '—' : v.toFixed(2));

interface Chart {
  title: string;
  option: ChartOption;
  empty?: string | false;
}

export function DashboardPrint({
  data,
  error,
  place,
  backTo,
  onRendered,
  ready,
}: {
  data: Dashboard | null;
  error: string | null;
  place: string;
  backTo: string;
  onRendered: () => void;
  ready: boolean;
}) {
  const charts: Chart[] = useMemo(
    () =>
      data
        ? [
            { title: '等级分布', option: gradeOption(data) },
            { title: '得分分布', option: histogramOption(data) },
            { title: '得分同比变化', option: changeOption(data) },
            { title: '预算执行率与得分', option: scatterOption(data) },
            {
              title: '最常见的失分项',
              option: deductionsOption(data),
              empty: data.topDeductions.length === 0 && '没有失分项',
            },
            {
              title: '最常见的未完成指标',
              option: unmetOption(data),
              empty: data.unmetIndicators.length === 0 && '没有未完成的指标',
            },
          ]
        : [],
    [data],
  );
  const drawn = useRef(new Set<number>());
  const toDraw = data && data.departments.length > 0 ? charts.filter((c) => !c.empty).length : 0;
  const done = (i: number) => () => {
    drawn.current.add(i);
    if (drawn.current.size === toDraw) onRendered();
  };
  const nothingToDraw = data !== null && toDraw === 0;
  useEffect(() => {
    if (nothingToDraw) onRendered();
  }, [nothingToDraw, onRendered]);

  const rows = data ? rankingRows(data) : [];
  const printed = new Date().toLocaleDateString('zh-CN');
  return (
    <>
      <style nonce={CSP_NONCE}>{PAGE_CSS}</style>
      <div className="jx-no-print" style={{ width: 1040, margin: '16px auto 0' }}>
        <Space>
          <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()} disabled={!ready}>
            打印
          </Button>
          <Link to={backTo}>返回看板</Link>
          <span className="jx-hint">A4 横向；第一页为概况和图表，其后为部门排名。</span>
        </Space>
      </div>
      <div className="jx-print" data-testid="dashboard-print" data-ready={ready ? 'true' : 'false'}>
        {error && <Alert type="error" showIcon title={error} />}
        {!data && !error && <Spin description="加载中…" />}
        {data && (
          <>
            <h1>
              {place} {data.year} 年度部门整体支出绩效自评情况
            </h1>
            <div className="jx-print-sub">
              排名和平均分统计：{statusNames(data.counted)}
              {data.statuses.length < 5 ? `；筛选状态：${statusNames(data.statuses)}` : ''}
              {data.uncounted.length ? `；未计入：${countByStatus(data.uncounted)}` : ''}；打印日期 {printed}
            </div>
            <div className="jx-print-stats">
              {summaryItems(data).map((i) => (
                <div key={i.title}>
                  {i.title}
                  <b>
                    {i.value}
                    {i.suffix && <small> {i.suffix}</small>}
                  </b>
                </div>
              ))}
            </div>
            {data.departments.length > 0 && (
              <div className="jx-print-charts">
                {charts.map((c, i) => (
                  <div className="jx-print-chart" key={c.title}>
                    <h3>{c.title}</h3>
                    {c.empty ? (
                      <div style={{ height: CHART_H, display: 'grid', placeItems: 'center', color: '#666' }}>
                        {c.empty}
                      </div>
                    ) : (
                      <PrintChart option={c.option} width={CHART_W} height={CHART_H} onRendered={done(i)} />
                    )}
                  </div>
                ))}
              </div>
            )}
            <section className={data.departments.length > 0 ? 'jx-print-section' : undefined}>
              <h2>部门排名（{rows.length} 个部门）</h2>
              <table data-testid="print-ranking">
                <thead>
                  <tr>
                    <th style={{ width: 44 }}>排名</th>
                    <th>部门</th>
                    <th style={{ width: 64 }}>得分</th>
                    <th style={{ width: 44 }}>等级</th>
                    <th style={{ width: 84 }}>预算执行率</th>
                    <th style={{ width: 64 }}>上年得分</th>
                    <th style={{ width: 64 }}>同比变化</th>
                    <th style={{ width: 100 }}>审核错误/警告</th>
                    <th style={{ width: 64 }}>状态</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr key={r.evaluationId}>
                      <td className="num">{r.rank ?? '—'}</td>
                      <td>{r.name}</td>
                      <td className="num">{r.total === null ? '待完善' : n2(r.total)}</td>
                      <td style={{ textAlign: 'center' }}>{r.grade ?? '—'}</td>
                      <td className="num">{r.executionRate === null ? '—' : `${n2(r.executionRate)}%`}</td>
                      <td className="num">{n2(r.previous)}</td>
                      <td className="num">
                        {r.total === null || r.previous === null
                          ? '—'
                          : `${r.total >= r.previous ? '+' : ''}${(r.total - r.previous).toFixed(2)}`}
                      </td>
                      <td className="num">
                        {r.findings.error ?? '—'} / {r.findings.warning ?? '—'}
                      </td>
                      <td>{STATUS_LABEL[r.status]}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
            {data.uncounted.length > 0 && (
              <section className="jx-print-section jx-print-follow">
                <h2>未计入排名的自评（{countByStatus(data.uncounted)}）</h2>
                <table data-testid="print-uncounted">
                  <thead>
                    <tr>
                      <th>部门</th>
                      <th style={{ width: 64 }}>状态</th>
                      <th style={{ width: 84 }}>当前得分</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.uncounted.map((u) => (
                      <tr key={u.evaluationId}>
                        <td>{u.name}</td>
                        <td>{STATUS_LABEL[u.status]}</td>
                        <td className="num">{u.total === null ? '待完善' : n2(u.total)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </section>
            )}
          </>
        )}
      </div>
    </>
  );
}
