/**
 * Start a new year's evaluation for a department: blank, or 从上年复制 (last year's functions, tasks, indicator
 * targets and management items, with everything measured cleared) when the department has last year's.
 */
import { Alert, App, Form, InputNumber, Modal, Radio, Select } from 'antd';
import { useEffect, useState } from 'react';
import { api, type Department, type EvaluationSummary } from '../api';
import { importApi } from '../import/api';
import { useAction } from '../lib/use-action';
import { navigate } from '../router';

interface Values {
  departmentId: number;
  year: number;
  from: 'last' | 'blank';
}

/** The department's evaluations, loaded when it is chosen. */
function useDepartmentYears(departmentId: number | null | undefined): EvaluationSummary[] {
  const [rows, setRows] = useState<EvaluationSummary[]>([]);
  useEffect(() => {
    if (!departmentId) return void setRows([]);
    let live = true;
    api
      .evaluations({ departmentId })
      .then((r) => live && setRows(r.evaluations))
      .catch(() => live && setRows([]));
    return () => {
      live = false;
    };
  }, [departmentId]);
  return rows;
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
  const { busy, run } = useAction('创建失败');
  const chosen = Form.useWatch('departmentId', form);
  const year = Form.useWatch('year', form);
  const from = Form.useWatch('from', form);
  const rows = useDepartmentYears(fixedDepartmentId ?? chosen);
  const last = typeof year === 'number' ? rows.find((r) => r.year === year - 1) : undefined;
  const taken = typeof year === 'number' ? rows.find((r) => r.year === year) : undefined;

  const submit = async () => {
    const v = await form.validateFields();
    const depId = fixedDepartmentId ?? v.departmentId;
    const dep = departments.find((d) => d.id === depId);
    if (!dep) return;
    await run(async () => {
      if (last && v.from !== 'blank') {
        const r = await importApi.copyNextYear(last.id);
        message.success(`已从 ${last.year} 年度复制，创建 ${r.evaluation.year} 年度自评`);
        navigate(`/evaluations/${r.evaluation.id}`);
        return;
      }
      // The core (zod, rubrics) loads only when a document is created.
      const { newEvaluation } = await import('../lib/new-evaluation');
      const r = await api.createEvaluation(dep.id, newEvaluation(dep, v.year));
      message.success('已创建');
      navigate(`/evaluations/${r.evaluation.id}`);
    });
  };
  return (
    <Modal
      title="新建年度自评"
      open={open}
      onCancel={onClose}
      onOk={() => void submit()}
      confirmLoading={busy}
      okText={last && from !== 'blank' ? '从上年复制' : '创建'}
      okButtonProps={{ disabled: taken !== undefined }}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ year: new Date().getFullYear() - 1, departmentId: fixedDepartmentId, from: 'last' }}
      >
        {fixedDepartmentId === null && (
          <Form.Item name="departmentId" label="部门" rules={[{ required: true, message: '请选择部门' }]}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              // A deactivated department keeps its history but gets no new evaluation.
              options={departments.filter((d) => d.active).map((d) => ({ value: d.id, label: d.name }))}
              data-testid="new-evaluation-department"
            />
          </Form.Item>
        )}
        <Form.Item name="year" label="年度" rules={[{ required: true, message: '请输入年度' }]}>
          <InputNumber
            min={2000}
            max={2100}
            precision={0}
            style={{ width: '100%' }}
            data-testid="new-evaluation-year"
          />
        </Form.Item>
        {last && (
          <Form.Item name="from" label="内容">
            <Radio.Group
              data-testid="new-evaluation-from"
              options={[
                {
                  value: 'last',
                  label: `从上年复制（${last.year} 年度的职能、任务、指标目标和管理效率项目）`,
                },
                { value: 'blank', label: '空白' },
              ]}
            />
          </Form.Item>
        )}
        {last && from !== 'blank' && (
          <Alert
            type="info"
            showIcon
            title="复制后实际完成值、完成情况、偏差原因、评分和财务数据均为空，待本年度填写；上年决算数作为本年的上年数。"
          />
        )}
        {taken && (
          <Alert
            type="warning"
            showIcon
            title={`该部门 ${taken.year} 年度的自评已存在，请直接打开编辑`}
            data-testid="new-evaluation-taken"
          />
        )}
      </Form>
    </Modal>
  );
}
