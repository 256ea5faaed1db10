/** The table of a department-year's projects: sortable, paged for hundreds of rows; a click opens the project. */
import { Table, Tag, Tooltip } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { STATUS_LABEL } from '../../../src/core/labels';
import { formatWan } from '../../../src/core/money';
import type { ProjectListRow } from '../api';
import { GRADE_COLOR, STATUS_COLOR } from '../lib/labels';
import { Link, navigate } from '../router';
import { compareNullable, percentText } from './figures';

const zh = (a: string | null, b: string | null) => (a ?? '').localeCompare(b ?? '', 'zh');
const amount = (v: number | null) => (v === null ? '—' : formatWan(v));

const COLUMNS: ColumnsType<ProjectListRow> = [
  {
    title: '项目名称',
    dataIndex: 'name',
    sorter: (a, b) => zh(a.name, b.name),
    render: (v: string, r) => (
      <>
        <Link to={`/evaluations/${r.id}`} onClick={(e) => e.stopPropagation()}>
          {v || '（未命名项目）'}
        </Link>
        {r.code && <div className="jx-hint">{r.code}</div>}
      </>
    ),
  },
  { title: '类别', dataIndex: 'category', width: 110, sorter: (a, b) => zh(a.category, b.category) },
  { title: '负责人', dataIndex: 'owner', width: 90, sorter: (a, b) => zh(a.owner, b.owner) },
  {
    title: '全年预算数（万元）',
    dataIndex: 'budget',
    width: 160,
    align: 'right',
    sorter: (a, b) => compareNullable(a.budget, b.budget),
    render: amount,
  },
  {
    title: '执行数（万元）',
    dataIndex: 'executed',
    width: 130,
    align: 'right',
    sorter: (a, b) => compareNullable(a.executed, b.executed),
    render: amount,
  },
  {
    title: '执行率',
    dataIndex: 'executionRate',
    width: 90,
    align: 'right',
    sorter: (a, b) => compareNullable(a.executionRate, b.executionRate),
    render: (v: number | null) => percentText(v),
  },
  {
    title: '得分',
    dataIndex: 'total',
    width: 80,
    align: 'right',
    sorter: (a, b) => compareNullable(a.total, b.total),
    render: (v: number | null, r) =>
      v === null ? (
        <span style={{ color: '#999' }}>未评分</span>
      ) : r.unmet.length ? (
        <Tooltip title={`未完成：${r.unmet.join('、')}`}>{v.toFixed(2)}</Tooltip>
      ) : (
        v.toFixed(2)
      ),
  },
  {
    title: '等级',
    dataIndex: 'grade',
    width: 70,
    sorter: (a, b) => zh(a.grade, b.grade),
    render: (g: string | null) => (g ? <Tag color={GRADE_COLOR[g]}>{g}</Tag> : '—'),
  },
  {
    title: '状态',
    dataIndex: 'status',
    width: 90,
    sorter: (a, b) => zh(a.status, b.status),
    render: (s: ProjectListRow['status']) => <Tag color={STATUS_COLOR[s]}>{STATUS_LABEL[s]}</Tag>,
  },
];

export function ProjectTable({ rows, loading }: { rows: ProjectListRow[]; loading: boolean }) {
  return (
    <div data-testid="project-table">
      <Table<ProjectListRow>
        rowKey="id"
        size="small"
        columns={COLUMNS}
        dataSource={rows}
        loading={loading}
        onRow={(r) => ({
          onClick: () => navigate(`/evaluations/${r.id}`),
          style: { cursor: 'pointer' },
          'data-testid': 'project-row',
        })}
        pagination={{
          defaultPageSize: 50,
          pageSizeOptions: [20, 50, 100, 200],
          showSizeChanger: true,
          showTotal: (n) => `共 ${n} 个项目`,
        }}
        locale={{ emptyText: '暂无项目自评' }}
      />
    </div>
  );
}
