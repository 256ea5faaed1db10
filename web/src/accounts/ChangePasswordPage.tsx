/** Shown instead of everything else while the password is a temporary one an administrator set. */
import { Alert, Button, Card, Typography } from 'antd';
import { useSession, useUser } from '../session';
import { ChangePasswordForm } from './ChangePasswordForm';

export function ChangePasswordPage() {
  const user = useUser();
  const { logout } = useSession();
  return (
    <div
      style={{
        minHeight: '100vh',
        display: 'grid',
        placeItems: 'center',
        background: 'linear-gradient(160deg,#1f5fa8,#0d2f57)',
      }}
    >
      <Card style={{ width: 420 }}>
        <Typography.Title level={3} style={{ textAlign: 'center', marginTop: 0 }}>
          请设置新密码
        </Typography.Title>
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={`${user.name}（${user.username}），管理员为您设置了临时密码`}
          description="请先设置只有您自己知道的新密码，然后才能继续使用系统。"
          data-testid="must-change-password"
        />
        <ChangePasswordForm temporary />
        <Button type="link" block style={{ marginTop: 8 }} onClick={() => void logout()}>
          退出登录
        </Button>
      </Card>
    </div>
  );
}
