/** Create or edit a department: its name and district. */
import { App, AutoComplete, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { api, type Department } from '../api';

interface Values {
  name: string;
  district?: string;
}

export function DepartmentFormModal({
  department,
  districts,
  onClose,
  onSaved,
}: {
  department?: Department;
  districts: string[];
  onClose: () => void;
  onSaved: (d: Department) => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    const v = await form.validateFields();
    const body = { name: v.name.trim(), district: v.district?.trim() || null };
    setBusy(true);
    try {
      const r = department
        ? await api.updateDepartment(department.id, body)
        : await api.createDepartment(body);
      message.success(department ? '已保存' : '已新增部门');
      onSaved(r.department);
    } catch (e) {
      const text = e instanceof Error ? e.message : '保存失败';
      // A taken name belongs to the name field.
      if (text.includes('已存在')) form.setFields([{ name: 'name', errors: [text] }]);
      else message.error(text);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title={department ? `编辑部门：${department.name}` : '新增部门'}
      okText={department ? '保存' : '新增'}
      onOk={() => void submit()}
      onCancel={onClose}
      confirmLoading={busy}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={
          department ? { name: department.name, district: department.district ?? undefined } : {}
        }
      >
        <Form.Item
          name="name"
          label="部门名称"
          extra="与自评报告中的单位全称一致，例如：广州市海珠区人民政府南洲街道办事处"
          rules={[{ required: true, whitespace: true, message: '请输入部门名称' }]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="district" label="所属区">
          <AutoComplete
            allowClear
            options={districts.map((d) => ({ value: d }))}
            placeholder="例如：海珠区"
            filterOption={(input, o) => String(o?.value ?? '').includes(input)}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
