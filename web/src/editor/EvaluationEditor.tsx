/** The editor of one evaluation: the form, the live score, audit, review and history, with autosave. */
import { Alert, App, Badge, Button, Tabs } from 'antd';
import { type MouseEvent, useCallback, useDeferredValue, useMemo, useRef, useState } from 'react';
import type { Evaluation } from '../../../src/core/model';
import { api, type Comment, type EvaluationRecord, type TransitionAction } from '../api';
import { countBySeverity } from '../lib/findings';
import { focusPath, pathOfEvent } from '../lib/focus';
import { normalizePath } from '../lib/paths';
import { editPolicy, isLocked } from '../lib/permissions';
import { useUser } from '../session';
import { ConflictModal } from './ConflictModal';
import { EditorContext, type EditorState } from './EditorContext';
import { EditorToolbar } from './EditorToolbar';
import { EvaluationForm } from './EvaluationForm';
import { AuditPanel } from './panels/AuditPanel';
import { HistoryPanel } from './panels/HistoryPanel';
import { ReviewPanel } from './panels/ReviewPanel';
import { ScorePanel } from './panels/ScorePanel';
import { SaveState } from './SaveState';
import { useAudit } from './use-audit';
import { useAutosave } from './use-autosave';
import { useScore } from './use-score';

export function EvaluationEditor({
  initial,
  initialComments,
}: {
  initial: EvaluationRecord;
  initialComments: Comment[];
}) {
  const user = useUser();
  const { message } = App.useApp();
  const [record, setRecord] = useState(initial);
  const [doc, setDoc] = useState<Evaluation>(initial.data);
  const [comments, setComments] = useState<Comment[]>(initialComments);
  const [selectedPath, setSelectedPath] = useState<string | null>(null);
  const [tab, setTab] = useState('score');
  const [historyKey, setHistoryKey] = useState(0);
  const selectedEl = useRef<HTMLElement | null>(null);
  const id = initial.id;

  const deferred = useDeferredValue(doc);
  const { rubric, result, nodes } = useScore(deferred);
  const audit = useAudit(deferred, rubric);

  const serverSaysEdit = record.allowedActions ? record.allowedActions.includes('update') : true;
  // Who owns which indicator is all the policy reads from the document: keyed on that, typing elsewhere does not
  // hand every field a new context (which would re-render the whole form on each keystroke).
  const ownerList = doc.indicators.map((i) => i.owner ?? '');
  const ownerKey = ownerList.join('\u0001');
  // biome-ignore lint/correctness/useExhaustiveDependencies: ownerKey stands for the owners read here
  const canEdit = useMemo(() => {
    const policy = editPolicy(user, record.status, {
      indicators: ownerList.map((owner) => ({ name: '', owner })),
    });
    return serverSaysEdit ? policy : () => false;
  }, [user, record.status, ownerKey, serverSaysEdit]);
  const editable = serverSaysEdit && !isLocked(record.status) && user.role !== 'reviewer';

  const onSaved = useCallback((r: EvaluationRecord) => {
    setRecord((cur) => ({
      ...cur,
      version: r.version,
      status: r.status,
      updatedAt: r.updatedAt,
      updatedBy: r.updatedBy,
      allowedActions: r.allowedActions ?? cur.allowedActions,
    }));
    setHistoryKey((k) => k + 1);
  }, []);
  const autosave = useAutosave({
    id,
    version: initial.version,
    savedDoc: initial.data,
    doc,
    enabled: editable,
    onSaved,
  });

  const loadComments = useCallback(() => {
    api
      .comments(id)
      .then((r) => setComments(r.comments))
      .catch(() => setComments([]));
  }, [id]);

  const commentsByPath = useMemo(() => {
    const m = new Map<string, Comment[]>();
    for (const c of comments) {
      if (!c.path) continue;
      const k = c.path.includes('/') ? c.path : normalizePath(c.path);
      m.set(k, [...(m.get(k) ?? []), c]);
    }
    return m;
  }, [comments]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: ownerKey stands for the owners read here
  const owners = useMemo(
    () => [...new Set([user.username, ...ownerList.filter(Boolean)])],
    [user.username, ownerKey],
  );
  const ctx: EditorState = useMemo(
    () => ({ canEdit, commentsByPath, owners }),
    [canEdit, commentsByPath, owners],
  );

  /** Clicking a field chooses it as the subject of a comment. */
  const onFormClick = (e: MouseEvent<HTMLDivElement>) => {
    const path = pathOfEvent(e.target);
    if (!path) return;
    const el = (e.target as Element).closest<HTMLElement>('[data-path]');
    selectedEl.current?.classList.remove('jx-selected');
    if (user.role === 'reviewer' || user.role === 'admin' || !editable) {
      el?.classList.add('jx-selected');
      selectedEl.current = el;
      setSelectedPath(path);
    }
  };
  const clearSelection = () => {
    selectedEl.current?.classList.remove('jx-selected');
    selectedEl.current = null;
    setSelectedPath(null);
  };

  const onComment = async (body: string, path: string | null) => {
    await api.addComment(id, body, path);
    clearSelection();
    loadComments();
    message.success('意见已发表');
  };

  const onTransition = async (action: TransitionAction, comment?: string) => {
    if (action === 'submit' && !(await autosave.saveNow())) {
      message.error('当前修改尚未保存，请处理后再提交');
      return;
    }
    try {
      const r = await api.transition(id, action, comment);
      setRecord((cur) => ({ ...cur, ...r.evaluation, data: cur.data }));
      autosave.rebase(r.evaluation.version, doc);
      setHistoryKey((k) => k + 1);
      loadComments();
      message.success('操作成功');
    } catch (e) {
      message.error(e instanceof Error ? e.message : '操作失败');
    }
  };

  const returnComment =
    record.status === 'returned'
      ? [...comments].reverse().find((c) => c.role === 'reviewer' || c.role === 'admin')
      : undefined;
  const counts = countBySeverity(audit.findings);
  const tabs = [
    {
      key: 'score',
      label: '评分',
      children: <ScorePanel result={result} reportedTotal={deferred.reported.total} />,
    },
    {
      key: 'audit',
      label: (
        <Badge count={counts.error} size="small" offset={[6, -2]}>
          审核
        </Badge>
      ),
      children: <AuditPanel audit={audit} />,
    },
    {
      key: 'review',
      label: (
        <Badge count={comments.length} size="small" offset={[6, -2]} color="#fa541c">
          审阅
        </Badge>
      ),
      children: (
        <ReviewPanel
          user={user}
          status={record.status}
          allowed={record.allowedActions}
          doc={doc}
          comments={comments}
          selectedPath={selectedPath}
          onClearSelection={clearSelection}
          onComment={onComment}
          onTransition={onTransition}
        />
      ),
    },
    { key: 'history', label: '历史', children: <HistoryPanel id={id} refreshKey={historyKey} /> },
  ];

  return (
    <EditorContext.Provider value={ctx}>
      <EditorToolbar
        record={{ ...record, data: doc }}
        score={result}
        errors={counts.error}
        pending={autosave.phase !== 'saved'}
        flush={autosave.saveNow}
        saveState={
          <SaveState
            phase={autosave.phase}
            savedAt={autosave.savedAt}
            error={autosave.error}
            readOnly={!editable}
          />
        }
      />
      <div className="jx-page">
        {returnComment && (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 16 }}
            title={`已被退回（${returnComment.author}，${new Date(returnComment.at).toLocaleString('zh-CN', { hour12: false })}）`}
            description={returnComment.body}
            action={
              returnComment.path ? (
                <Button size="small" type="link" onClick={() => focusPath(returnComment.path!)}>
                  查看字段
                </Button>
              ) : undefined
            }
            data-testid="returned-alert"
          />
        )}
        {!editable && record.status !== 'returned' && record.status !== 'draft' && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            title="该自评已提交或审核，部门不能修改。"
          />
        )}
        <div className="jx-editor">
          {/* biome-ignore lint/a11y/noStaticElementInteractions: clicks only choose the field a comment is about */}
          {/* biome-ignore lint/a11y/useKeyWithClickEvents: fields are reachable by keyboard through their inputs */}
          <div onClick={onFormClick}>
            <EvaluationForm doc={doc} setDoc={setDoc} rubric={rubric} scores={nodes} by={user.username} />
          </div>
          <div className="jx-side">
            <Tabs
              activeKey={tab}
              onChange={setTab}
              items={tabs}
              size="small"
              style={{ background: '#fff', padding: '0 12px 12px', borderRadius: 4 }}
            />
          </div>
        </div>
      </div>
      {autosave.conflict && (
        <ConflictModal
          conflict={autosave.conflict}
          onMerge={(merged) => {
            const theirs = autosave.conflict!.theirs;
            setRecord((cur) => ({
              ...cur,
              version: theirs.version,
              status: theirs.status,
              updatedAt: theirs.updatedAt,
              updatedBy: theirs.updatedBy,
            }));
            setDoc(merged);
            autosave.rebase(theirs.version, theirs.data);
          }}
          onTakeTheirs={() => {
            const theirs = autosave.conflict!.theirs;
            setRecord((cur) => ({
              ...cur,
              version: theirs.version,
              status: theirs.status,
              updatedAt: theirs.updatedAt,
              updatedBy: theirs.updatedBy,
            }));
            setDoc(theirs.data);
            autosave.rebase(theirs.version, theirs.data);
          }}
        />
      )}
    </EditorContext.Provider>
  );
}
