/** The administrator sets a temporary password; the user must change it at the next login. */
import { App, Button, Form, Input, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { api, type User } from '../api';
import { passwordRule, randomPassword, showAtField } from './form-errors';

export function ResetPasswordModal({
  user,
  onClose,
  onDone,
}: {
  user: User;
  onClose: () => void;
  onDone: (u: User) => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ password: string }>();
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    const v = await form.validateFields();
    setBusy(true);
    try {
      const r = await api.resetPassword(user.id, v.password);
      message.success(`已重设 ${user.name} 的密码，请把临时密码告诉本人`);
      onDone(r.user);
    } catch (e) {
      if (!showAtField(form, e, ['password'])) message.error(e instanceof Error ? e.message : '重设失败');
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title={`重设密码：${user.name}（${user.username}）`}
      okText="重设密码"
      onOk={() => void submit()}
      onCancel={onClose}
      confirmLoading={busy}
    >
      <Typography.Paragraph type="secondary">
        设置一个临时密码。该账户现有的登录会立即失效；用户下次登录时必须先修改密码，才能进行其他操作。
      </Typography.Paragraph>
      <Form form={form} layout="vertical">
        <Form.Item label="临时密码" required>
          <Space.Compact style={{ width: '100%' }}>
            <Form.Item
              name="password"
              noStyle
              rules={[{ required: true, message: '请输入临时密码' }, passwordRule(() => user.username)]}
            >
              <Input autoComplete="off" aria-label="临时密码" />
            </Form.Item>
            <Button onClick={() => form.setFieldsValue({ password: randomPassword() })}>随机生成</Button>
          </Space.Compact>
        </Form.Item>
      </Form>
    </Modal>
  );
}
