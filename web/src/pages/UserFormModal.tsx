/** Create or edit an account: display name, role, and the department or district it belongs to; a new one gets a password. */
import { App, Checkbox, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { ROLE_LABEL } from '../../../src/core/labels';
import { passwordRule, showAtField } from '../accounts/form-errors';
import { api, type Department, type Role, type User } from '../api';

interface Values {
  username: string;
  name: string;
  password: string;
  mustChangePassword: boolean;
  role: Role;
  departmentId?: number;
  district?: string;
}

const DEPARTMENT_ROLES: readonly Role[] = ['editor', 'staff'];

export function UserFormModal({
  user,
  departments,
  onClose,
  onSaved,
}: {
  /** The account to edit; absent to create one. */
  user?: User;
  departments: Department[];
  onClose: () => void;
  onSaved: (u: User) => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const role = Form.useWatch('role', form);
  const [busy, setBusy] = useState(false);
  const districts = [...new Set(departments.map((d) => d.district).filter((d): d is string => !!d))].sort();
  // A deactivated department is not offered, unless the account already belongs to it.
  const offered = departments.filter((d) => d.active || d.id === user?.departmentId);
  const submit = async () => {
    const v = await form.validateFields();
    setBusy(true);
    const scope = {
      departmentId: DEPARTMENT_ROLES.includes(v.role) ? (v.departmentId ?? null) : null,
      district: v.role === 'reviewer' ? (v.district ?? null) : null,
    };
    try {
      const r = user
        ? await api.updateUser(user.id, { name: v.name.trim(), role: v.role, ...scope })
        : await api.createUser({
            username: v.username.trim(),
            name: v.name.trim(),
            password: v.password,
            mustChangePassword: v.mustChangePassword,
            role: v.role,
            ...scope,
          });
      message.success(user ? '已保存' : '已创建用户');
      onSaved(r.user);
    } catch (e) {
      if (!showAtField(form, e, ['password'])) message.error(e instanceof Error ? e.message : '保存失败');
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title={user ? `编辑用户：${user.name}（${user.username}）` : '新建用户'}
      okText={user ? '保存' : '创建'}
      onOk={() => void submit()}
      onCancel={onClose}
      confirmLoading={busy}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={
          user
            ? {
                name: user.name,
                role: user.role,
                departmentId: user.departmentId ?? undefined,
                district: user.district ?? undefined,
              }
            : { role: 'editor', mustChangePassword: true }
        }
      >
        {!user && (
          <Form.Item
            name="username"
            label="用户名"
            extra="登录用，创建后不能修改"
            rules={[
              { required: true, message: '请输入用户名' },
              {
                pattern: /^[A-Za-z0-9_.-]{2,50}$/,
                message: '用户名应为 2 到 50 个字母、数字、下划线、点或横线',
              },
            ]}
          >
            <Input autoComplete="off" />
          </Form.Item>
        )}
        <Form.Item
          name="name"
          label="姓名"
          extra="意见、历史和操作日志中显示的名字"
          rules={[{ required: true, whitespace: true, message: '请输入姓名' }]}
        >
          <Input />
        </Form.Item>
        {!user && (
          <>
            <Form.Item
              name="password"
              label="初始密码"
              dependencies={['username']}
              rules={[
                { required: true, message: '请输入初始密码' },
                passwordRule(() => form.getFieldValue('username')),
              ]}
            >
              <Input.Password autoComplete="new-password" />
            </Form.Item>
            <Form.Item name="mustChangePassword" valuePropName="checked">
              <Checkbox>首次登录时必须修改密码</Checkbox>
            </Form.Item>
          </>
        )}
        <Form.Item name="role" label="角色" rules={[{ required: true, message: '请选择角色' }]}>
          <Select
            options={(Object.keys(ROLE_LABEL) as Role[]).map((r) => ({ value: r, label: ROLE_LABEL[r] }))}
          />
        </Form.Item>
        {role !== undefined && DEPARTMENT_ROLES.includes(role) && (
          <Form.Item name="departmentId" label="所属部门" rules={[{ required: true, message: '请选择部门' }]}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              options={offered.map((d) => ({
                value: d.id,
                label: d.active ? d.name : `${d.name}（已停用）`,
              }))}
            />
          </Form.Item>
        )}
        {role === 'reviewer' && (
          <Form.Item name="district" label="负责的区" rules={[{ required: true, message: '请选择区' }]}>
            <Select options={districts.map((d) => ({ value: d, label: d }))} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
