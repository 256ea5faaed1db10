/** The bureau dashboard for a district and year: filter, headline figures, charts that click through, the ranking. */
import { Alert, Card, Empty, Progress, Select, Space, Tag, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { api, type Dashboard, type DeskFilter } from '../api';
import { useDepartments } from '../lib/use-departments';
import { navigate, useLocation } from '../router';
import { useUser } from '../session';
import { DashboardCharts } from './DashboardCharts';
import { DashboardPrint } from './DashboardPrint';
import { DeskToolbar } from './DeskToolbar';
import { readDeskFilter, writeDeskFilter } from './desk-filter';
import { RankingTable } from './RankingTable';
import { SummaryStats } from './SummaryStats';
import type { Selection } from './selections';
import { UncountedCard, UncountedNotice } from './UncountedCard';

declare global {
  interface Window {
    /** performance.now() when the dashboard finished drawing (read by the benchmark). */
    __jxDashboardRendered?: number;
  }
}

export default function DashboardPage() {
  const user = useUser();
  const { query } = useLocation();
  const departments = useDepartments();
  const [data, setData] = useState<Dashboard | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [progress, setProgress] = useState<{ loaded: number; total: number | null } | null>(null);
  const [selection, setSelection] = useState<Selection | null>(null);
  const [ready, setReady] = useState(false);
  const tableRef = useRef<HTMLDivElement>(null);
  const uncountedRef = useRef<HTMLDivElement>(null);
  const key = query.toString();
  // biome-ignore lint/correctness/useExhaustiveDependencies: the filter changes exactly when the query does
  const filter = useMemo(
    () => readDeskFilter(query, user.role === 'reviewer' ? user.district : null),
    [key, user.role, user.district],
  );
  const printing = query.get('print') === '1';
  const fetchKey = JSON.stringify(filter);

  // biome-ignore lint/correctness/useExhaustiveDependencies: fetchKey stands for the filter
  useEffect(() => {
    setData(null);
    setError(null);
    setSelection(null);
    setReady(false);
    setProgress({ loaded: 0, total: null });
    api
      .dashboard(filter, (loaded, total) => setProgress({ loaded, total }))
      .then(setData)
      .catch((e: Error) => setError(e.message))
      .finally(() => setProgress(null));
  }, [fetchKey]);

  const districts = useMemo(
    () => [...new Set(departments.map((d) => d.district).filter((d): d is string => !!d))].sort(),
    [departments],
  );
  const shownYear = data?.year ?? filter.year;
  const years = useMemo(() => {
    const now = new Date().getFullYear();
    return Array.from({ length: 8 }, (_, i) => now - i);
  }, []);
  const change = (c: Partial<DeskFilter>) => {
    const s = writeDeskFilter(query, c);
    navigate(`/dashboard${s ? `?${s}` : ''}`, { replace: true });
  };
  const select = (s: Selection) => {
    setSelection(s);
    tableRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  };
  const onAllRendered = useCallback(() => {
    window.__jxDashboardRendered = performance.now();
    setReady(true);
  }, []);
  const nothingToDraw = data !== null && data.departments.length === 0;
  useEffect(() => {
    if (nothingToDraw) onAllRendered();
  }, [nothingToDraw, onAllRendered]);

  const place = data?.district ?? filter.district ?? '全部区';
  if (printing) {
    const back = new URLSearchParams(query);
    back.delete('print');
    return (
      <DashboardPrint
        data={data}
        error={error}
        place={place}
        backTo={`/dashboard${back.size ? `?${back}` : ''}`}
        onRendered={onAllRendered}
        ready={ready}
      />
    );
  }
  return (
    <div className="jx-page" data-testid="dashboard" data-ready={ready ? 'true' : 'false'}>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {place} {shownYear ? `${shownYear} 年度` : ''}部门整体支出绩效看板
        </Typography.Title>
        <Space>
          <Select
            style={{ width: 160 }}
            placeholder="全部区"
            allowClear={user.role === 'admin'}
            disabled={user.role === 'reviewer'}
            value={filter.district ?? undefined}
            onChange={(v) => change({ district: v ?? null })}
            options={districts.map((d) => ({ value: d, label: d }))}
            data-testid="district-filter"
          />
          <Select
            style={{ width: 130 }}
            placeholder="年度"
            value={shownYear ?? undefined}
            onChange={(v) => change({ year: v })}
            options={years.map((y) => ({ value: y, label: `${y} 年度` }))}
            data-testid="year-filter"
          />
        </Space>
      </Space>
      <DeskToolbar filter={filter} data={data} onChange={change} />
      {progress && (
        <Card size="small" style={{ marginBottom: 12 }}>
          正在汇总各部门数据… 已接收 {(progress.loaded / 1024).toFixed(0)} KB
          {progress.total ? ` / ${(progress.total / 1024).toFixed(0)} KB` : ''}
          <Progress
            percent={progress.total ? Math.round((progress.loaded / progress.total) * 100) : 99}
            status="active"
            showInfo={!!progress.total}
            size="small"
          />
        </Card>
      )}
      {error && <Alert type="error" showIcon title={error} />}
      {data && data.departments.length === 0 && (
        <Card size="small" style={{ marginBottom: 12 }}>
          <Empty
            description={
              data.uncounted.length
                ? '没有计入排名的自评（已提交、已审核或已公开）'
                : '该区该年度暂无符合条件的自评'
            }
          />
        </Card>
      )}
      {data && (
        <UncountedNotice
          data={data}
          onInclude={() => change({ includeDrafts: true })}
          onShow={() => uncountedRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' })}
        />
      )}
      {data && data.departments.length > 0 && (
        <>
          <SummaryStats data={data} />
          <DashboardCharts data={data} onSelect={select} onAllRendered={onAllRendered} />
          <div ref={tableRef} style={{ scrollMarginTop: 72 }}>
            <Card
              size="small"
              title="部门排名"
              extra={
                selection ? (
                  <Tag
                    closable
                    onClose={() => setSelection(null)}
                    color="blue"
                    data-testid="dashboard-selection"
                  >
                    {selection.label}（{selection.ids.size} 个部门）
                  </Tag>
                ) : (
                  <span className="jx-hint">点击上方图表可筛选部门</span>
                )
              }
            >
              <RankingTable data={data} ids={selection?.ids ?? null} />
            </Card>
          </div>
        </>
      )}
      <div ref={uncountedRef} style={{ scrollMarginTop: 72 }}>
        {data && <UncountedCard data={data} />}
      </div>
    </div>
  );
}
