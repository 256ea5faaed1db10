/** 新建项目: a project self-evaluation from its name and what identifies it, saved as a draft and opened. */
import { Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { DEFAULT_PROJECT_RUBRIC, ProjectEvaluationDraft } from '../../../src/core/model';
import { api } from '../api';
import { navigate } from '../router';

interface Values {
  name: string;
  code?: string;
  category?: string;
  owner?: string;
}

const blankToNull = (s: string | undefined) => (s?.trim() ? s.trim() : null);

export function NewProjectModal({
  departmentId,
  departmentName,
  year,
  onClose,
}: {
  departmentId: number;
  departmentName: string | undefined;
  year: number;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const create = async (v: Values) => {
    setBusy(true);
    setError(null);
    try {
      const data = ProjectEvaluationDraft.parse({
        year,
        rubric: DEFAULT_PROJECT_RUBRIC,
        project: {
          name: v.name.trim(),
          code: blankToNull(v.code),
          category: blankToNull(v.category),
          owner: blankToNull(v.owner),
          department: departmentName ?? null,
        },
      });
      const r = await api.createProject(departmentId, year, data);
      navigate(`/evaluations/${r.evaluation.id}`);
    } catch (e) {
      setError(e instanceof Error ? e.message : '新建失败');
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title={`新建 ${year} 年度项目自评`}
      okText="新建并打开"
      cancelText="取消"
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form form={form} layout="vertical" onFinish={(v) => void create(v)}>
        <Form.Item
          name="name"
          label="项目名称"
          rules={[{ required: true, whitespace: true, message: '请填写项目名称' }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="code" label="项目编码">
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="category" label="项目类别">
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="owner" label="项目负责人">
          <Input maxLength={100} />
        </Form.Item>
        {error && <div className="jx-field-error">{error}</div>}
      </Form>
    </Modal>
  );
}
