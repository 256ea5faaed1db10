/** Create a user account: username, name, password, role, and the department or district it belongs to. */
import { App, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { api, type Department, type Role } from '../api';
import { ROLE_LABEL } from '../lib/labels';

interface Values {
  username: string;
  name: string;
  password: string;
  role: Role;
  departmentId?: number;
  district?: string;
}

export function UserFormModal({
  departments,
  onClose,
  onCreated,
}: {
  departments: Department[];
  onClose: () => void;
  onCreated: () => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const role = Form.useWatch('role', form);
  const [busy, setBusy] = useState(false);
  const districts = [...new Set(departments.map((d) => d.district).filter((d): d is string => !!d))];
  const submit = async () => {
    const v = await form.validateFields();
    setBusy(true);
    try {
      const dep = departments.find((d) => d.id === v.departmentId);
      await api.createUser({
        username: v.username.trim(),
        name: v.name.trim(),
        password: v.password,
        role: v.role,
        departmentId: v.role === 'editor' || v.role === 'staff' ? (v.departmentId ?? null) : null,
        district: v.role === 'reviewer' ? (v.district ?? null) : (dep?.district ?? null),
      });
      message.success('已创建用户');
      onCreated();
    } catch (e) {
      message.error(e instanceof Error ? e.message : '创建失败');
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title="新建用户"
      okText="创建"
      onOk={() => void submit()}
      onCancel={onClose}
      confirmLoading={busy}
    >
      <Form form={form} layout="vertical" initialValues={{ role: 'editor' }}>
        <Form.Item name="username" label="用户名" rules={[{ required: true, message: '请输入用户名' }]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="name" label="姓名" rules={[{ required: true, message: '请输入姓名' }]}>
          <Input />
        </Form.Item>
        <Form.Item
          name="password"
          label="初始密码"
          rules={[{ required: true, min: 8, message: '密码至少 8 位' }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item name="role" label="角色" rules={[{ required: true }]}>
          <Select
            options={(Object.keys(ROLE_LABEL) as Role[]).map((r) => ({ value: r, label: ROLE_LABEL[r] }))}
          />
        </Form.Item>
        {(role === 'editor' || role === 'staff') && (
          <Form.Item name="departmentId" label="所属部门" rules={[{ required: true, message: '请选择部门' }]}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              options={departments.map((d) => ({ value: d.id, label: d.name }))}
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
