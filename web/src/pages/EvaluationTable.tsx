/** A table of evaluations: year, status, score and grade, with links to open and download. */
import { Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { STATUS_LABEL } from '../../../src/core/labels';
import type { EvaluationSummary } from '../api';
import { ReportButtons } from '../layout/ReportButtons';
import { GRADE_COLOR, STATUS_COLOR } from '../lib/labels';
import { Link } from '../router';

export function EvaluationTable({
  rows,
  loading,
  showDepartment,
}: {
  rows: EvaluationSummary[];
  loading: boolean;
  showDepartment: boolean;
}) {
  const columns: ColumnsType<EvaluationSummary> = [
    ...(showDepartment
      ? [
          {
            title: '部门',
            dataIndex: 'departmentName',
            render: (v: string, r: EvaluationSummary) => <Link to={`/evaluations/${r.id}`}>{v}</Link>,
            sorter: (a: EvaluationSummary, b: EvaluationSummary) =>
              a.departmentName.localeCompare(b.departmentName, 'zh'),
          },
          { title: '所属区', dataIndex: 'district', width: 100 },
        ]
      : []),
    {
      title: '年度',
      dataIndex: 'year',
      width: 90,
      sorter: (a, b) => a.year - b.year,
      render: (v: number, r) => <Link to={`/evaluations/${r.id}`}>{v} 年度</Link>,
    },
    {
      title: '状态',
      dataIndex: 'status',
      width: 100,
      render: (s: EvaluationSummary['status']) => <Tag color={STATUS_COLOR[s]}>{STATUS_LABEL[s]}</Tag>,
    },
    {
      title: '得分',
      dataIndex: 'total',
      width: 100,
      align: 'right',
      sorter: (a, b) => (a.total ?? -1) - (b.total ?? -1),
      render: (v: number | null) =>
        v === null ? <span style={{ color: '#999' }}>待完善</span> : v.toFixed(2),
    },
    {
      title: '等级',
      dataIndex: 'grade',
      width: 80,
      render: (g: string | null) => (g ? <Tag color={GRADE_COLOR[g]}>{g}</Tag> : '—'),
    },
    {
      title: '更新时间',
      dataIndex: 'updatedAt',
      width: 170,
      render: (v: string) => (v ? new Date(v).toLocaleString('zh-CN', { hour12: false }) : ''),
    },
    {
      title: '操作',
      key: 'actions',
      width: 260,
      render: (_, r) => (
        <Space>
          <Link to={`/evaluations/${r.id}`}>打开</Link>
          <ReportButtons id={r.id} type="link" />
        </Space>
      ),
    },
  ];
  return (
    <Table<EvaluationSummary>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={rows}
      loading={loading}
      pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      locale={{ emptyText: '暂无自评' }}
    />
  );
}
