/** The ranking of a district's counted departments by score, filtered to a chart's selection when one is made. */
import { Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo } from 'react';
import { STATUS_LABEL } from '../../../src/core/labels';
import type { Dashboard, DashboardDepartment } from '../api';
import { STATUS_COLOR } from '../lib/labels';
import { Link } from '../router';
import { GRADE_COLORS } from './options';

interface Row extends DashboardDepartment {
  previous: number | null;
}

/** The departments in the server's ranking order, with last year's score beside each. */
export function rankingRows(data: Dashboard): Row[] {
  const prev = new Map(data.yearOverYear.map((y) => [y.departmentId, y.previous]));
  return data.departments.map((d) => ({ ...d, previous: prev.get(d.id) ?? null }));
}

export function RankingTable({ data, ids }: { data: Dashboard; ids: ReadonlySet<number> | null }) {
  const rows = useMemo(() => rankingRows(data), [data]);
  const shown = useMemo(() => (ids ? rows.filter((r) => ids.has(r.id)) : rows), [rows, ids]);
  // Each department's project self-evaluations of the year, when the server counts them.
  const projects = useMemo(
    () => new Map((data.projects?.departments ?? []).map((p) => [p.departmentId, p.coverage])),
    [data.projects],
  );
  const columns: ColumnsType<Row> = [
    { title: '排名', dataIndex: 'rank', width: 64, render: (v: number | null) => v ?? '—' },
    {
      title: '部门',
      dataIndex: 'name',
      render: (v: string, r) => (r.evaluationId ? <Link to={`/evaluations/${r.evaluationId}`}>{v}</Link> : v),
    },
    {
      title: '得分',
      dataIndex: 'total',
      width: 90,
      align: 'right',
      sorter: (a, b) => (a.total ?? -1) - (b.total ?? -1),
      render: (v: number | null) => (v === null ? '待完善' : v.toFixed(2)),
    },
    {
      title: '等级',
      dataIndex: 'grade',
      width: 64,
      render: (g: string | null) => (g ? <Tag color={GRADE_COLORS[g]}>{g}</Tag> : '—'),
    },
    {
      title: '执行率',
      dataIndex: 'executionRate',
      width: 90,
      align: 'right',
      sorter: (a, b) => (a.executionRate ?? -1) - (b.executionRate ?? -1),
      render: (v: number | null) => (v === null ? '—' : `${v.toFixed(2)}%`),
    },
    {
      title: '上年得分',
      dataIndex: 'previous',
      width: 120,
      align: 'right',
      render: (v: number | null, r) => {
        if (v === null) return '—';
        if (r.total === null) return v.toFixed(2);
        const c = r.total - v;
        return (
          <span>
            {v.toFixed(2)}{' '}
            <span
              style={{ color: c >= 0 ? '#389e0d' : '#cf1322' }}
            >{`${c >= 0 ? '+' : ''}${c.toFixed(2)}`}</span>
          </span>
        );
      },
    },
    {
      title: '审核发现',
      key: 'findings',
      width: 120,
      sorter: (a, b) => (a.findings.error ?? 0) - (b.findings.error ?? 0),
      render: (_, r) =>
        r.findings.error === null ? (
          '—'
        ) : (
          <>
            <Tag color={r.findings.error ? 'error' : 'default'}>错 {r.findings.error}</Tag>
            <Tag color={r.findings.warning ? 'warning' : 'default'}>提 {r.findings.warning ?? 0}</Tag>
          </>
        ),
    },
    {
      title: '项目自评',
      key: 'projects',
      width: 110,
      sorter: (a, b) => (projects.get(a.id)?.rate ?? -1) - (projects.get(b.id)?.rate ?? -1),
      render: (_, r) => {
        const c = projects.get(r.id);
        if (!c || c.projects === 0) return '—';
        return (
          <Link to={`/departments/${r.id}/projects?year=${data.year}`} data-testid="ranking-projects">
            {c.projects} 个 · {c.rate ?? 0}%
          </Link>
        );
      },
    },
    {
      title: '状态',
      dataIndex: 'status',
      width: 80,
      render: (s: Row['status']) => (s ? <Tag color={STATUS_COLOR[s]}>{STATUS_LABEL[s]}</Tag> : '—'),
    },
  ];
  return (
    <Table<Row>
      size="small"
      rowKey="id"
      columns={columns}
      dataSource={shown}
      pagination={{ pageSize: 15, showSizeChanger: false, showTotal: (n) => `共 ${n} 个部门` }}
      data-testid="ranking-table"
    />
  );
}
