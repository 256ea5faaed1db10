/** The frame of every page after login: the top bar with the menu and the user. */
import { DownOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Dropdown, Layout, Menu, Space, Tag, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { ROLE_LABEL } from '../../../src/core/labels';
import { ChangePasswordModal } from '../accounts/ChangePasswordModal';
import { navigate, useLocation } from '../router';
import { useSession, useUser } from '../session';

export function AppLayout({ children }: { children: ReactNode }) {
  const user = useUser();
  const { logout } = useSession();
  const { path } = useLocation();
  const [changingPassword, setChangingPassword] = useState(false);
  const signOut = () => void logout().then(() => navigate('/'));
  const own = user.role === 'editor' || user.role === 'staff';
  // A department's own project self-evaluations; the bureau reaches a department's from its evaluation.
  const projects = own && user.departmentId ? `/departments/${user.departmentId}/projects` : null;
  const items = [
    { key: '/', label: own ? '本部门自评' : '自评列表' },
    ...(projects ? [{ key: projects, label: '项目自评' }] : []),
    ...(user.role !== 'staff' ? [{ key: '/import', label: '导入报告' }] : []),
    ...(user.role === 'reviewer' || user.role === 'admin'
      ? [{ key: '/dashboard', label: '财政局看板' }]
      : []),
    ...(user.role === 'admin'
      ? [
          { key: '/users', label: '用户管理' },
          { key: '/departments', label: '部门管理' },
          { key: '/audit-log', label: '操作日志' },
        ]
      : []),
  ];
  const onProjects = /^\/departments\/\d+\/projects/.test(path);
  const selected = onProjects
    ? path === projects
      ? projects
      : ''
    : (items.find((i) => i.key !== '/' && path.startsWith(i.key))?.key ?? (path === '/' ? '/' : ''));
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{
          position: 'sticky',
          top: 0,
          zIndex: 30,
          display: 'flex',
          alignItems: 'center',
          height: 56,
          padding: '0 24px',
        }}
      >
        <Typography.Text
          strong
          style={{ color: '#fff', fontSize: 16, marginRight: 32, whiteSpace: 'nowrap' }}
        >
          部门整体支出绩效自评
        </Typography.Text>
        <Menu
          theme="dark"
          mode="horizontal"
          selectedKeys={[selected]}
          items={items}
          onClick={(e) => navigate(e.key)}
          style={{
            flex: 1,
            minWidth: 0,
            lineHeight: '56px',
            height: 56,
            borderBottom: 'none',
            background: 'transparent',
          }}
        />
        <Space style={{ color: '#fff' }}>
          <Dropdown
            trigger={['click']}
            menu={{
              items: [
                { key: 'who', label: `用户名：${user.username}`, disabled: true },
                { type: 'divider' },
                { key: 'password', icon: <KeyOutlined />, label: '修改密码' },
                { key: 'logout', icon: <LogoutOutlined />, label: '退出登录' },
              ],
              onClick: ({ key }) =>
                key === 'password' ? setChangingPassword(true) : key === 'logout' && signOut(),
            }}
          >
            <Button type="text" style={{ color: '#fff' }} aria-label="账户菜单" data-testid="account-menu">
              <UserOutlined />
              <span data-testid="current-user">{user.name || user.username}</span>
              <DownOutlined style={{ fontSize: 10 }} />
            </Button>
          </Dropdown>
          <Tag color="blue">{ROLE_LABEL[user.role]}</Tag>
          <Button size="small" icon={<LogoutOutlined />} onClick={signOut}>
            退出
          </Button>
        </Space>
      </Layout.Header>
      <Layout.Content>{children}</Layout.Content>
      <ChangePasswordModal open={changingPassword} onClose={() => setChangingPassword(false)} />
    </Layout>
  );
}
