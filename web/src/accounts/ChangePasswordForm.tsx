/** Change one's own password: the current one, the new one twice, checked by the shared policy as it is typed. */
import { App, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { api } from '../api';
import { useSession, useUser } from '../session';
import { passwordRule, showAtField } from './form-errors';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

export function ChangePasswordForm({ temporary, onDone }: { temporary: boolean; onDone?: () => void }) {
  const { message } = App.useApp();
  const user = useUser();
  const { setUser } = useSession();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const submit = async (v: Values) => {
    setBusy(true);
    try {
      const r = await api.changePassword(v.currentPassword, v.newPassword);
      message.success('密码已修改');
      form.resetFields();
      setUser(r.user);
      onDone?.();
    } catch (e) {
      if (!showAtField(form, e, ['currentPassword', 'newPassword']))
        message.error(e instanceof Error ? e.message : '修改失败');
    } finally {
      setBusy(false);
    }
  };
  return (
    <Form<Values> form={form} layout="vertical" onFinish={submit} requiredMark={false}>
      <Form.Item
        name="currentPassword"
        label={temporary ? '临时密码' : '当前密码'}
        extra={temporary ? '管理员告诉您的临时密码' : undefined}
        rules={[{ required: true, message: temporary ? '请输入临时密码' : '请输入当前密码' }]}
      >
        <Input.Password autoComplete="current-password" autoFocus />
      </Form.Item>
      <Form.Item
        name="newPassword"
        label="新密码"
        extra="至少 10 个字符；不能包含用户名，不能是常见密码或键盘、数字序列"
        rules={[{ required: true, message: '请输入新密码' }, passwordRule(() => user.username)]}
        validateDebounce={300}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirm"
        label="再次输入新密码"
        dependencies={['newPassword']}
        rules={[
          { required: true, message: '请再次输入新密码' },
          ({ getFieldValue }) => ({
            validator: async (_, value) => {
              if (value && value !== getFieldValue('newPassword')) throw new Error('两次输入的新密码不一致');
            },
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy} block>
        修改密码
      </Button>
    </Form>
  );
}
