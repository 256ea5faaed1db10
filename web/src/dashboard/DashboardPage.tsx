/** The bureau dashboard for a district and year: headline figures, charts that click through, and the ranking. */
import { Alert, Card, Empty, Progress, Select, Space, Tag, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { api, type Dashboard, type Department } from '../api';
import { navigate, useLocation } from '../router';
import { useUser } from '../session';
import { DashboardCharts } from './DashboardCharts';
import { RankingTable } from './RankingTable';
import { SummaryStats } from './SummaryStats';
import type { Selection } from './selections';

declare global {
  interface Window {
    /** performance.now() when the dashboard finished drawing (read by the benchmark). */
    __jxDashboardRendered?: number;
  }
}

export default function DashboardPage() {
  const user = useUser();
  const { query } = useLocation();
  const [departments, setDepartments] = useState<Department[]>([]);
  const [data, setData] = useState<Dashboard | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [progress, setProgress] = useState<{ loaded: number; total: number | null } | null>(null);
  const [selection, setSelection] = useState<Selection | null>(null);
  const [ready, setReady] = useState(false);
  const tableRef = useRef<HTMLDivElement>(null);
  const district = query.get('district') || (user.role === 'reviewer' ? user.district : null);
  const year = Number(query.get('year')) || null;

  useEffect(() => {
    api
      .departments()
      .then((r) => setDepartments(r.departments))
      .catch(() => setDepartments([]));
  }, []);

  useEffect(() => {
    setData(null);
    setError(null);
    setSelection(null);
    setReady(false);
    setProgress({ loaded: 0, total: null });
    api
      .dashboard(district, year, (loaded, total) => setProgress({ loaded, total }))
      .then(setData)
      .catch((e: Error) => setError(e.message))
      .finally(() => setProgress(null));
  }, [district, year]);

  const districts = useMemo(
    () => [...new Set(departments.map((d) => d.district).filter((d): d is string => !!d))].sort(),
    [departments],
  );
  const shownYear = data?.year ?? year;
  const years = useMemo(() => {
    const now = new Date().getFullYear();
    return Array.from({ length: 8 }, (_, i) => now - i);
  }, []);
  const setQuery = (key: string, value: string | number | null | undefined) => {
    const q = new URLSearchParams(query);
    if (value === null || value === undefined || value === '') q.delete(key);
    else q.set(key, String(value));
    navigate(`/dashboard?${q.toString()}`, { replace: true });
  };
  const select = (s: Selection) => {
    setSelection(s);
    tableRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  };
  const onAllRendered = () => {
    window.__jxDashboardRendered = performance.now();
    setReady(true);
  };

  return (
    <div className="jx-page" data-testid="dashboard" data-ready={ready ? 'true' : 'false'}>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {data?.district ?? district ?? '全部区'} {shownYear ? `${shownYear} 年度` : ''}部门整体支出绩效看板
        </Typography.Title>
        <Space>
          <Select
            style={{ width: 160 }}
            placeholder="全部区"
            allowClear={user.role === 'admin'}
            disabled={user.role === 'reviewer'}
            value={district ?? undefined}
            onChange={(v) => setQuery('district', v)}
            options={districts.map((d) => ({ value: d, label: d }))}
          />
          <Select
            style={{ width: 130 }}
            placeholder="年度"
            value={shownYear ?? undefined}
            onChange={(v) => setQuery('year', v)}
            options={years.map((y) => ({ value: y, label: `${y} 年度` }))}
          />
        </Space>
      </Space>
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
      {data && data.departments.length === 0 && <Empty description="该区该年度暂无自评" />}
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
    </div>
  );
}
