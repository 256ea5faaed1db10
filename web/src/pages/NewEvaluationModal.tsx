/** Start a new year's evaluation for a department. */
import { App, Form, InputNumber, Modal, Select } from 'antd';
import { useState } from 'react';
import { api, type Department } from '../api';
import { navigate } from '../router';

interface Values {
  departmentId: number;
  year: number;
}

export function NewEvaluationModal({
  open,
  onClose,
  departments,
  fixedDepartmentId,
}: {
  open: boolean;
  onClose: () => void;
  departments: Department[];
  fixedDepartmentId: number | null;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    const v = await form.validateFields();
    const depId = fixedDepartmentId ?? v.departmentId;
    const dep = departments.find((d) => d.id === depId);
    if (!dep) return;
    setBusy(true);
    try {
      // The core (zod, rubrics) loads only when a document is created.
      const { newEvaluation } = await import('../lib/new-evaluation');
      const r = await api.createEvaluation(dep.id, newEvaluation(dep, v.year));
      message.success('已创建');
      navigate(`/evaluations/${r.evaluation.id}`);
    } catch (e) {
      message.error(e instanceof Error ? e.message : '创建失败');
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      title="新建年度自评"
      open={open}
      onCancel={onClose}
      onOk={() => void submit()}
      confirmLoading={busy}
      okText="创建"
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ year: new Date().getFullYear() - 1, departmentId: fixedDepartmentId }}
      >
        {fixedDepartmentId === null && (
          <Form.Item name="departmentId" label="部门" rules={[{ required: true, message: '请选择部门' }]}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              options={departments.map((d) => ({ value: d.id, label: d.name }))}
            />
          </Form.Item>
        )}
        <Form.Item name="year" label="年度" rules={[{ required: true, message: '请输入年度' }]}>
          <InputNumber min={2000} max={2100} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
