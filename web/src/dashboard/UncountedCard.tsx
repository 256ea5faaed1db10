/** The evaluations the figures leave out (drafts, returned): a notice above the figures, the list below them. */
import { Alert, Button, Card, Space, Table, Tag } from 'antd';
import { STATUS_LABEL } from '../../../src/core/labels';
import type { Dashboard, DashboardDepartment } from '../api';
import { STATUS_COLOR } from '../lib/labels';
import { Link } from '../router';
import { countByStatus, statusNames } from './desk-filter';

/** A line above the figures: how many are left out, with a way to count them in or see them. */
export function UncountedNotice({
  data,
  onInclude,
  onShow,
}: {
  data: Dashboard;
  onInclude: () => void;
  onShow: () => void;
}) {
  if (data.uncounted.length === 0) return null;
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 12 }}
      data-testid="uncounted-notice"
      title={`${countByStatus(data.uncounted)}未计入排名和平均分（只统计${statusNames(data.counted)}的自评）`}
      action={
        <Space>
          <Button size="small" onClick={onShow}>
            查看
          </Button>
          <Button size="small" onClick={onInclude} data-testid="uncounted-include">
            计入排名
          </Button>
        </Space>
      }
    />
  );
}

/** The list of the evaluations left out, below the ranking. */
export function UncountedCard({ data }: { data: Dashboard }) {
  if (data.uncounted.length === 0) return null;
  return (
    <Card
      size="small"
      style={{ marginTop: 12 }}
      data-testid="uncounted"
      title={`未计入排名的自评：${countByStatus(data.uncounted)}`}
    >
      <div className="jx-hint" style={{ marginBottom: 8 }}>
        排名、平均分和图表只统计{statusNames(data.counted)}的自评；下列自评尚未提交或已退回修改。
      </div>
      <Table<DashboardDepartment>
        size="small"
        rowKey="evaluationId"
        pagination={data.uncounted.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
        dataSource={data.uncounted}
        columns={[
          {
            title: '部门',
            dataIndex: 'name',
            render: (v: string, r) => <Link to={`/evaluations/${r.evaluationId}`}>{v}</Link>,
          },
          {
            title: '状态',
            dataIndex: 'status',
            width: 90,
            render: (s: DashboardDepartment['status']) => (
              <Tag color={STATUS_COLOR[s]}>{STATUS_LABEL[s]}</Tag>
            ),
          },
          {
            title: '当前得分',
            dataIndex: 'total',
            width: 100,
            align: 'right',
            render: (v: number | null) => (v === null ? '待完善' : v.toFixed(2)),
          },
        ]}
      />
    </Card>
  );
}
