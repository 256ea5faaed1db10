/** User administration: the accounts, their roles and departments; create, disable and enable. */
import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Space, Switch, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { api, type Department, type User } from '../api';
import { ROLE_LABEL } from '../lib/labels';
import { UserFormModal } from './UserFormModal';

export default function UsersPage() {
  const { message } = App.useApp();
  const [users, setUsers] = useState<User[]>([]);
  const [departments, setDepartments] = useState<Department[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const load = useCallback(() => {
    api
      .users()
      .then((r) => setUsers(r.users))
      .catch((e: Error) => setError(e.message));
  }, []);
  useEffect(() => {
    load();
    api
      .departments()
      .then((r) => setDepartments(r.departments))
      .catch(() => setDepartments([]));
  }, [load]);
  const depName = (id: number | null) => departments.find((d) => d.id === id)?.name ?? '';
  const toggle = async (u: User, active: boolean) => {
    try {
      await api.updateUser(u.id, { active });
      load();
    } catch (e) {
      message.error(e instanceof Error ? e.message : '修改失败');
    }
  };
  return (
    <div className="jx-page">
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          用户管理
        </Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          新建用户
        </Button>
      </Space>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Card>
        <Table<User>
          rowKey="id"
          size="middle"
          dataSource={users}
          pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true }}
          columns={[
            { title: '用户名', dataIndex: 'username' },
            { title: '姓名', dataIndex: 'name' },
            { title: '角色', dataIndex: 'role', render: (r: User['role']) => <Tag>{ROLE_LABEL[r]}</Tag> },
            {
              title: '部门 / 区',
              key: 'scope',
              render: (_, u) => depName(u.departmentId) || u.district || '—',
            },
            {
              title: '启用',
              key: 'active',
              width: 80,
              render: (_, u) => (
                <Switch size="small" checked={u.active !== false} onChange={(v) => void toggle(u, v)} />
              ),
            },
          ]}
        />
      </Card>
      {creating && (
        <UserFormModal
          departments={departments}
          onClose={() => setCreating(false)}
          onCreated={() => {
            setCreating(false);
            load();
          }}
        />
      )}
    </div>
  );
}
