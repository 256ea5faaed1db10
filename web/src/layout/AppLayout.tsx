/** The frame of every page after login: the top bar with the menu and the user. */
import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Layout, Menu, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { ROLE_LABEL } from '../lib/labels';
import { navigate, useLocation } from '../router';
import { useSession, useUser } from '../session';

export function AppLayout({ children }: { children: ReactNode }) {
  const user = useUser();
  const { logout } = useSession();
  const { path } = useLocation();
  const items = [
    { key: '/', label: user.role === 'editor' || user.role === 'staff' ? '本部门自评' : '自评列表' },
    ...(user.role !== 'staff' ? [{ key: '/import', label: '导入报告' }] : []),
    ...(user.role === 'reviewer' || user.role === 'admin'
      ? [{ key: '/dashboard', label: '财政局看板' }]
      : []),
    ...(user.role === 'admin' ? [{ key: '/users', label: '用户管理' }] : []),
  ];
  const selected =
    items.find((i) => i.key !== '/' && path.startsWith(i.key))?.key ?? (path === '/' ? '/' : '');
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
          <UserOutlined />
          <span data-testid="current-user">{user.name || user.username}</span>
          <Tag color="blue">{ROLE_LABEL[user.role]}</Tag>
          <Button
            size="small"
            icon={<LogoutOutlined />}
            onClick={() => void logout().then(() => navigate('/'))}
          >
            退出
          </Button>
        </Space>
      </Layout.Header>
      <Layout.Content>{children}</Layout.Content>
    </Layout>
  );
}
