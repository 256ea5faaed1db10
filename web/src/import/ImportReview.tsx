/**
 * Correct one extracted document beside its source and warnings, then save it into its place: a file of another
 * department or year is refused for an editor and needs an administrator's confirmation; onto an evaluation that
 * exists already it opens a field-by-field merge.
 */
import { SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Checkbox, Select, Space, Tag } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { describeMismatch, placeMismatch } from '../../../src/core/import-place';
import type { Evaluation } from '../../../src/core/model';
import { round2 } from '../../../src/core/money';
import { getIn, parsePath } from '../../../src/core/paths';
import { nameKey } from '../../../src/core/text';
import { validateEvaluation } from '../../../src/core/validate';
import { findRubric } from '../../../src/rubrics';
import { ApiError, type Department, type EvaluationRecord, type ImportWarning } from '../api';
import { EditorContext, type EditorState } from '../editor/EditorContext';
import { EvaluationForm } from '../editor/EvaluationForm';
import { useScore } from '../editor/use-score';
import { focusPath, pathOfEvent } from '../lib/focus';
import { describePath } from '../lib/labels';
import { useAction } from '../lib/use-action';
import { useUser } from '../session';
import { importApi } from './api';
import { ImportMergeModal } from './ImportMergeModal';
import { placeOf, statedAt, statedFields } from './places';
import { SourceView, type StatedField } from './SourceView';
import type { ImportItem } from './use-import-queue';

const EDIT_ALL: EditorState = { canEdit: () => true, commentsByPath: new Map(), owners: [] };

function guessDepartment(departments: Department[], name: string): number | undefined {
  const k = nameKey(name);
  return (
    departments.find((d) => nameKey(d.name) === k) ??
    departments.find((d) => k.includes(nameKey(d.name)) || nameKey(d.name).includes(k))
  )?.id;
}

/** The record a refused save carries as `current` (an existing evaluation, or the newer version of it). */
function currentOf(e: unknown, code: string): EvaluationRecord | null {
  if (!(e instanceof ApiError) || e.code !== code) return null;
  const current = e.body.current;
  return current && typeof current === 'object' ? (current as EvaluationRecord) : null;
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
  const { busy, run } = useAction('保存失败');
  const fixed = user.role === 'editor' ? user.departmentId : null;
  const [departmentId, setDepartmentId] = useState<number | undefined>(
    fixed ?? guessDepartment(departments, item.preview!.department.name),
  );
  // The department list may arrive after the file was read: guess then, unless the user has chosen already.
  useEffect(() => {
    if (departmentId === undefined && departments.length > 0) {
      setDepartmentId(guessDepartment(departments, item.preview!.department.name));
    }
  }, [departments, departmentId, item.preview]);
  const [merging, setMerging] = useState<EvaluationRecord | null>(null);
  const [hit, setHit] = useState<number | null>(null);
  const [also, setAlso] = useState<number[]>([]);
  // Every figure the file states at several places, against the value the document holds now.
  const statements = item.preview!.reported.statements;
  const stated: StatedField[] = useMemo(
    () =>
      statedFields(statements).map((path) => ({
        path,
        label: describePath(path, doc),
        places: statedAt(statements, item.statementPlaces, path, getIn(doc, parsePath(path))),
      })),
    [statements, item.statementPlaces, doc],
  );
  const conflicts = stated.filter((f) => f.places.some((p) => p.conflict));
  const { rubric, result, nodes } = useScore(doc);
  const issues = useMemo(() => validateEvaluation(doc, findRubric).issues, [doc]);

  // What the file said it was, as first read: the document's own fields may have been edited since.
  const read = useMemo(
    () => ({ department: item.preview!.department.name, year: item.preview!.year }),
    [item.preview],
  );
  const dept = departments.find((d) => d.id === departmentId);
  const mismatch = dept ? placeMismatch(read, doc, dept) : null;
  const mismatchKey = mismatch ? JSON.stringify(mismatch) : '';
  // A confirmation holds for the mismatch it was given for, not for one that appears after an edit.
  const [confirmedFor, setConfirmedFor] = useState<string | null>(null);
  const confirmed = mismatch !== null && confirmedFor === mismatchKey;
  const admin = user.role === 'admin';
  const blocked = mismatch !== null && (!admin || !confirmed);

  const body = (data: Evaluation, onto?: { id: number; version: number }) => ({
    departmentId: departmentId!,
    data,
    read,
    ...(mismatch ? { confirmMismatch: confirmed } : {}),
    ...(onto ? { onto } : {}),
  });

  const save = async () => {
    if (!departmentId) return void message.error('请选择保存到哪个部门');
    await run(async () => {
      try {
        const r = await importApi.save(body(doc));
        message.success('已保存为自评');
        onSaved(r.evaluation.id);
      } catch (e) {
        const existing = currentOf(e, 'evaluation_exists');
        if (!existing) throw e;
        setMerging(existing);
      }
    });
  };

  const saveMerged = async (merged: Evaluation) => {
    if (!merging) return;
    await run(async () => {
      try {
        const r = await importApi.save(body(merged, { id: merging.id, version: merging.version }));
        message.success(`已合并保存为第 ${r.evaluation.version} 版`);
        setMerging(null);
        onSaved(r.evaluation.id);
      } catch (e) {
        const newer = currentOf(e, 'version_conflict');
        if (!newer) throw e;
        message.warning((e as Error).message);
        setMerging(newer);
      }
    });
  };

  const onWarning = (w: ImportWarning) => {
    if (w.path) focusPath(w.path);
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
              disabled={item.status === 'saved' || blocked}
              data-testid="import-save"
            >
              {item.status === 'saved' ? '已保存' : '保存为自评'}
            </Button>
          </Space>
        </Space>
        {mismatch && dept && (
          <Alert
            type={admin ? 'warning' : 'error'}
            showIcon
            style={{ marginTop: 8 }}
            data-testid="import-mismatch"
            title={
              admin ? `${describeMismatch(mismatch)}。` : `${describeMismatch(mismatch)}，不能导入到本部门。`
            }
            description={
              admin ? (
                <Checkbox
                  checked={confirmed}
                  onChange={(e) => setConfirmedFor(e.target.checked ? mismatchKey : null)}
                  data-testid="import-confirm-mismatch"
                >
                  我已核对，确认把这份文件保存为「{dept.name}」{doc.year} 年度的自评（将记入操作日志）
                </Checkbox>
              ) : (
                '请确认所选文件是本部门本年度的报告；确需导入时，请由管理员导入。'
              )
            }
          />
        )}
      </Card>
      <div
        style={{ display: 'grid', gridTemplateColumns: '440px minmax(0, 1fr)', gap: 16, alignItems: 'start' }}
      >
        <div style={{ position: 'sticky', top: 130 }}>
          <SourceView
            name={item.file.name}
            source={item.source}
            warnings={item.warnings ?? []}
            hit={hit}
            also={also}
            stated={stated}
            onPick={setHit}
            onWarning={onWarning}
          />
        </div>
        <div
          onFocusCapture={(e) => {
            const path = pathOfEvent(e.target);
            const at = path ? placeOf(item.places, path) : null;
            if (at !== null) setHit(at);
            // a figure stated at several places: every place marked in the source
            const f = path ? stated.find((x) => x.path === path) : undefined;
            setAlso(f ? f.places.flatMap((p) => (p.piece === null ? [] : [p.piece])) : []);
            if (at === null && f?.places[0]?.piece != null) setHit(f.places[0].piece);
          }}
        >
          {conflicts.length > 0 && (
            <Alert
              type="error"
              showIcon
              style={{ marginBottom: 12 }}
              data-testid="import-stated-conflicts"
              title={`报告有 ${conflicts.length} 项数值前后不一致，请核对原文`}
              description={conflicts.map((f) => (
                <div key={f.path}>
                  <Button
                    type="link"
                    size="small"
                    style={{ padding: 0, height: 'auto' }}
                    onClick={() => focusPath(f.path)}
                  >
                    {f.label}
                  </Button>
                  ：{f.places.map((p) => `${p.where}为 ${p.value}`).join('，')}
                </div>
              ))}
            />
          )}
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
      {merging && (
        <ImportMergeModal
          key={merging.version}
          stored={merging}
          imported={doc}
          saving={busy}
          onSave={(merged) => void saveMerged(merged)}
          onCancel={() => setMerging(null)}
        />
      )}
    </EditorContext.Provider>
  );
}
