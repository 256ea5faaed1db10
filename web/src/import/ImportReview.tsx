/** Correct one extracted document beside its source and warnings, then save it as a department's evaluation. */
import { SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Select, Space, Tag } from 'antd';
import { useMemo, useState } from 'react';
import type { Evaluation } from '../../../src/core/model';
import { round2 } from '../../../src/core/money';
import { nameKey } from '../../../src/core/text';
import { validateEvaluation } from '../../../src/core/validate';
import { findRubric } from '../../../src/rubrics';
import { api, type Department } from '../api';
import { EditorContext, type EditorState } from '../editor/EditorContext';
import { EvaluationForm } from '../editor/EvaluationForm';
import { useScore } from '../editor/use-score';
import { focusPath } from '../lib/focus';
import { describePath } from '../lib/labels';
import { useUser } from '../session';
import { SourceView } from './SourceView';
import type { ImportItem } from './use-import-queue';

const EDIT_ALL: EditorState = { canEdit: () => true, commentsByPath: new Map(), owners: [] };

function guessDepartment(departments: Department[], name: string): number | undefined {
  const k = nameKey(name);
  return (
    departments.find((d) => nameKey(d.name) === k) ??
    departments.find((d) => k.includes(nameKey(d.name)) || nameKey(d.name).includes(k))
  )?.id;
}

export function ImportReview({
  item,
  departments,
  onSaved,
}: {
  item: ImportItem;
  departments: Department[];
  onSaved: (id: number) => void;
}) {
  const user = useUser();
  const { message } = App.useApp();
  const [doc, setDoc] = useState<Evaluation>(item.preview!);
  const [busy, setBusy] = useState(false);
  const fixed = user.role === 'editor' ? user.departmentId : null;
  const [departmentId, setDepartmentId] = useState<number | undefined>(
    fixed ?? guessDepartment(departments, item.preview!.department.name),
  );
  const { rubric, result, nodes } = useScore(doc);
  const issues = useMemo(() => validateEvaluation(doc, findRubric).issues, [doc]);

  const save = async () => {
    if (!departmentId) return void message.error('请选择保存到哪个部门');
    setBusy(true);
    try {
      const r = await api.createEvaluation(departmentId, doc);
      message.success('已保存为自评');
      onSaved(r.evaluation.id);
    } catch (e) {
      message.error(e instanceof Error ? e.message : '保存失败');
    } finally {
      setBusy(false);
    }
  };

  const total = result ? (result.total ?? result.computedTotal) : null;
  return (
    <EditorContext.Provider value={EDIT_ALL}>
      <Card size="small" style={{ marginBottom: 12, position: 'sticky', top: 56, zIndex: 10 }}>
        <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
          <Space wrap>
            <span>
              提取结果：<b>{doc.department.name}</b> · {doc.year} 年度
            </span>
            <Tag data-testid="import-indicator-count">指标 {doc.indicators.length} 项</Tag>
            <Tag>管理效率 {doc.management.length} 项</Tag>
            <Tag>项目 {doc.projects.length} 个</Tag>
            {total !== null && (
              <Tag color="blue" data-testid="import-score">
                {result?.complete ? '得分' : '暂计'} {round2(total).toFixed(2)}
              </Tag>
            )}
            {doc.reported.total != null && <Tag>报告所列 {doc.reported.total}</Tag>}
          </Space>
          <Space>
            保存到
            <Select
              style={{ width: 320 }}
              value={departmentId}
              onChange={setDepartmentId}
              disabled={fixed !== null}
              placeholder="选择部门"
              showSearch={{ optionFilterProp: 'label' }}
              options={departments.map((d) => ({ value: d.id, label: d.name }))}
              data-testid="import-department"
            />
            <Button
              type="primary"
              icon={<SaveOutlined />}
              loading={busy}
              onClick={() => void save()}
              disabled={item.status === 'saved'}
            >
              {item.status === 'saved' ? '已保存' : '保存为自评'}
            </Button>
          </Space>
        </Space>
      </Card>
      <div
        style={{ display: 'grid', gridTemplateColumns: '440px minmax(0, 1fr)', gap: 16, alignItems: 'start' }}
      >
        <div style={{ position: 'sticky', top: 130 }}>
          <SourceView name={item.file.name} source={item.source} warnings={item.warnings ?? []} />
        </div>
        <div>
          {issues.length > 0 && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 12 }}
              title={`有 ${issues.length} 处需要校对`}
              description={
                <div style={{ maxHeight: 120, overflow: 'auto' }}>
                  {issues.map((i) => (
                    <div key={i.path + i.message}>
                      <Button
                        type="link"
                        size="small"
                        style={{ padding: 0, height: 'auto' }}
                        onClick={() => focusPath(i.path)}
                      >
                        {describePath(i.path, doc)}
                      </Button>
                      ：{i.message}
                    </div>
                  ))}
                </div>
              }
            />
          )}
          <EvaluationForm doc={doc} setDoc={setDoc} rubric={rubric} scores={nodes} by={user.username} />
        </div>
      </div>
    </EditorContext.Provider>
  );
}
