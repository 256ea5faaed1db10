/** User administration: accounts with their display names, roles and departments; create, edit, deactivate, reset. */
import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Input, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { ROLE_LABEL } from '../../../src/core/labels';
import { ResetPasswordModal } from '../accounts/ResetPasswordModal';
import { UserIndicatorsModal } from '../accounts/UserIndicatorsModal';
import { api, type Department, type Role, type User } from '../api';
import { useUser } from '../session';
import { UserFormModal } from './UserFormModal';

type Dialog =
  | { kind: 'create' }
  | { kind: 'edit'; user: User }
  | { kind: 'reset'; user: User }
  | { kind: 'indicators'; user: User };

export default function UsersPage() {
  const { message } = App.useApp();
  const me = useUser();
  const [users, setUsers] = useState<User[]>([]);
  const [departments, setDepartments] = useState<Department[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [search, setSearch] = useState('');
  const [role, setRole] = useState<Role | null>(null);
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
  const shown = useMemo(() => {
    const q = search.trim().toLowerCase();
    return users.filter(
      (u) =>
        (role === null || u.role === role) &&
        (!q || u.name.toLowerCase().includes(q) || u.username.toLowerCase().includes(q)),
    );
  }, [users, search, role]);
  const setActive = async (u: User, active: boolean) => {
    try {
      await api.updateUser(u.id, { active });
      message.success(active ? `已启用 ${u.name}` : `已停用 ${u.name}，其登录已失效`);
      load();
    } catch (e) {
      message.error(e instanceof Error ? e.message : '修改失败');
    }
  };
  const saved = () => {
    setDialog(null);
    load();
  };
  return (
    <div className="jx-page">
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          用户管理
        </Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'create' })}>
          新建用户
        </Button>
      </Space>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Card>
        <Space style={{ marginBottom: 12 }} wrap>
          <Input.Search
            allowClear
            placeholder="按姓名或用户名查找"
            style={{ width: 240 }}
            onChange={(e) => setSearch(e.target.value)}
          />
          <Select
            allowClear
            placeholder="全部角色"
            style={{ width: 160 }}
            value={role ?? undefined}
            onChange={(v) => setRole(v ?? null)}
            options={(Object.keys(ROLE_LABEL) as Role[]).map((r) => ({ value: r, label: ROLE_LABEL[r] }))}
          />
        </Space>
        <Table<User>
          rowKey="id"
          size="middle"
          dataSource={shown}
          pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true }}
          columns={[
            { title: '姓名', dataIndex: 'name' },
            { title: '用户名', dataIndex: 'username' },
            { title: '角色', dataIndex: 'role', render: (r: Role) => <Tag>{ROLE_LABEL[r]}</Tag> },
            {
              title: '部门 / 区',
              key: 'scope',
              render: (_, u) => depName(u.departmentId) || u.district || '—',
            },
            {
              title: '状态',
              key: 'state',
              width: 150,
              render: (_, u) => (
                <Space size={4}>
                  {u.active ? <Tag color="green">启用</Tag> : <Tag>已停用</Tag>}
                  {u.mustChangePassword && <Tag color="orange">待改密码</Tag>}
                </Space>
              ),
            },
            {
              title: '操作',
              key: 'actions',
              width: 320,
              render: (_, u) => (
                <Space size={0} wrap>
                  <Button type="link" size="small" onClick={() => setDialog({ kind: 'edit', user: u })}>
                    编辑
                  </Button>
                  {u.id !== me.id && (
                    <Button type="link" size="small" onClick={() => setDialog({ kind: 'reset', user: u })}>
                      重设密码
                    </Button>
                  )}
                  {u.role === 'staff' && (
                    <Button
                      type="link"
                      size="small"
                      onClick={() => setDialog({ kind: 'indicators', user: u })}
                    >
                      负责指标
                    </Button>
                  )}
                  {u.id !== me.id &&
                    (u.active ? (
                      <Popconfirm
                        title={`停用 ${u.name}？`}
                        description="停用后该账户不能登录，已有的登录立即失效；其填写的历史记录保留。"
                        okText="停用"
                        cancelText="取消"
                        onConfirm={() => void setActive(u, false)}
                      >
                        <Button type="link" size="small" danger>
                          停用
                        </Button>
                      </Popconfirm>
                    ) : (
                      <Button type="link" size="small" onClick={() => void setActive(u, true)}>
                        启用
                      </Button>
                    ))}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      {dialog?.kind === 'create' && (
        <UserFormModal departments={departments} onClose={() => setDialog(null)} onSaved={saved} />
      )}
      {dialog?.kind === 'edit' && (
        <UserFormModal
          user={dialog.user}
          departments={departments}
          onClose={() => setDialog(null)}
          onSaved={saved}
        />
      )}
      {dialog?.kind === 'reset' && (
        <ResetPasswordModal user={dialog.user} onClose={() => setDialog(null)} onDone={saved} />
      )}
      {dialog?.kind === 'indicators' && (
        <UserIndicatorsModal user={dialog.user} onClose={() => setDialog(null)} />
      )}
    </div>
  );
}
