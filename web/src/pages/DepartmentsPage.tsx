/** Department administration: name and district; deactivated departments keep their history but get no new evaluation. */
import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Popconfirm, Space, Switch, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { api, type Department } from '../api';
import { DepartmentFormModal } from './DepartmentFormModal';

export default function DepartmentsPage() {
  const { message } = App.useApp();
  const [departments, setDepartments] = useState<Department[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<Department | 'new' | null>(null);
  const [showInactive, setShowInactive] = useState(true);
  const load = useCallback(() => {
    api
      .departments()
      .then((r) => setDepartments(r.departments))
      .catch((e: Error) => setError(e.message));
  }, []);
  useEffect(load, [load]);
  const districts = useMemo(
    () => [...new Set(departments.map((d) => d.district).filter((d): d is string => !!d))].sort(),
    [departments],
  );
  const setActive = async (d: Department, active: boolean) => {
    try {
      await api.updateDepartment(d.id, { active });
      message.success(active ? `已启用 ${d.name}` : `已停用 ${d.name}`);
      load();
    } catch (e) {
      message.error(e instanceof Error ? e.message : '修改失败');
    }
  };
  const rows = showInactive ? departments : departments.filter((d) => d.active);
  return (
    <div className="jx-page">
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          部门管理
        </Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
          新增部门
        </Button>
      </Space>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Card>
        <Space style={{ marginBottom: 12 }}>
          <Switch size="small" checked={showInactive} onChange={setShowInactive} />
          <span>显示已停用的部门</span>
        </Space>
        <Table<Department>
          rowKey="id"
          size="middle"
          dataSource={rows}
          pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true }}
          columns={[
            {
              title: '部门名称',
              dataIndex: 'name',
              sorter: (a, b) => a.name.localeCompare(b.name, 'zh'),
            },
            {
              title: '所属区',
              dataIndex: 'district',
              width: 140,
              render: (v: string | null) => v ?? '—',
              filters: districts.map((d) => ({ text: d, value: d })),
              onFilter: (v, d) => d.district === v,
            },
            {
              title: '状态',
              dataIndex: 'active',
              width: 100,
              render: (a: boolean) => (a ? <Tag color="green">启用</Tag> : <Tag>已停用</Tag>),
            },
            {
              title: '操作',
              key: 'actions',
              width: 180,
              render: (_, d) => (
                <Space size={0}>
                  <Button type="link" size="small" onClick={() => setEditing(d)}>
                    编辑
                  </Button>
                  {d.active ? (
                    <Popconfirm
                      title={`停用 ${d.name}？`}
                      description="停用后不能再为该部门新建自评或分配账户；已有的自评和历史记录保留。"
                      okText="停用"
                      cancelText="取消"
                      onConfirm={() => void setActive(d, false)}
                    >
                      <Button type="link" size="small" danger>
                        停用
                      </Button>
                    </Popconfirm>
                  ) : (
                    <Button type="link" size="small" onClick={() => void setActive(d, true)}>
                      启用
                    </Button>
                  )}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      {editing && (
        <DepartmentFormModal
          department={editing === 'new' ? undefined : editing}
          districts={districts}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            load();
          }}
        />
      )}
    </div>
  );
}
