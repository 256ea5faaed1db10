/**
 * The editor of one self-evaluation, a department's or a project's: the form of its kind, the live score, audit,
 * review and history, with autosave, conflicts and the submission checklist — the same for both kinds.
 */
import { App } from 'antd';
import { useDeferredValue, useMemo, useState } from 'react';
import type { Explanation } from '../../../src/core/gate';
import { ApiError, api, type CommentsResponse, type GateResult, type TransitionAction } from '../api';
import { countBySeverity } from '../lib/findings';
import { useUser } from '../session';
import { ConflictModal } from './ConflictModal';
import { EditorAlerts } from './EditorAlerts';
import { EditorContext, type EditorState } from './EditorContext';
import { EditorSide } from './EditorSide';
import { EditorToolbar } from './EditorToolbar';
import { DocKindContext } from './kind-context';
import type { AnyDoc, AnyKind, DocKind, RecordOf } from './kinds';
import { SaveState } from './SaveState';
import { SubmitChecklist, type SubmitOutcome } from './SubmitChecklist';
import { useAudit } from './use-audit';
import { useComments } from './use-comments';
import { useEditorSession } from './use-editor-session';
import { useFieldSelection } from './use-field-selection';
import { useScore } from './use-score';

export function EvaluationEditor<D extends AnyDoc>({
  kind,
  initial,
  initialComments,
}: {
  kind: DocKind<D>;
  initial: RecordOf<D>;
  initialComments: CommentsResponse;
}) {
  const user = useUser();
  const { message } = App.useApp();
  const {
    record,
    doc,
    setDoc,
    setDraft,
    rights,
    autosave,
    historyKey,
    applyTransition,
    applyRestored,
    resolveConflict,
  } = useEditorSession(kind, initial, user);
  const [checking, setChecking] = useState(false);
  const comments = useComments(initial.id, initialComments);
  const { editable, canEdit, owners } = rights;
  // Reviewers and administrators, and anyone looking at a locked document, click a field to comment on it.
  const selection = useFieldSelection(user.role === 'reviewer' || user.role === 'admin' || !editable);

  const deferred = useDeferredValue(doc);
  const { rubric, result, nodes } = useScore(deferred, kind);
  const audit = useAudit(kind, deferred, rubric);
  const { Form, Above } = kind;
  const asRecord = (r: unknown) => r as RecordOf<D>;

  const ctx: EditorState = useMemo(
    () => ({ canEdit, commentsByPath: comments.byPath, owners, drafts: doc.drafts, setDraft }),
    [canEdit, comments.byPath, owners, doc.drafts, setDraft],
  );
  // What the draft still lacks (empty names, typed text not yet a number): saved anyway, listed in 审核.
  const problems = audit.findings.filter((f) => f.code === 'validation').length;

  const onComment = async (body: string, path: string | null) => {
    await comments.add(body, path);
    selection.clear();
    message.success('意见已发表');
  };

  /** A workflow step other than submitting; true when it landed. */
  const onTransition = async (action: TransitionAction, comment?: string) => {
    try {
      applyTransition(
        asRecord((await api.transition(record.id, action, comment ? { comment } : {})).evaluation),
      );
      comments.reload();
      message.success('操作成功');
      return true;
    } catch (e) {
      message.error(e instanceof Error ? e.message : '操作失败');
      return false;
    }
  };

  /** Save what is typed, then open the checklist on the saved document. */
  const openChecklist = async () => {
    if (!(await autosave.saveNow())) {
      message.error('当前修改尚未保存，请处理后再提交');
      return;
    }
    setChecking(true);
  };

  const submit = async (explanations: Explanation[]): Promise<SubmitOutcome> => {
    try {
      const r = await api.transition(record.id, 'submit', { version: autosave.version(), explanations });
      applyTransition(asRecord(r.evaluation));
      setChecking(false);
      message.success('已提交审核');
      return 'submitted';
    } catch (e) {
      if (e instanceof ApiError && e.code === 'submission_blocked' && e.body.gate)
        return e.body.gate as GateResult;
      message.error(e instanceof Error ? e.message : '提交失败');
      return null;
    }
  };

  const onRestore = async (v: number) => {
    if (!(await autosave.saveNow())) {
      message.error('当前修改尚未保存，请处理后再恢复');
      return false;
    }
    try {
      applyRestored(asRecord((await api.restoreVersion(record.id, v, autosave.version())).evaluation));
      message.success(`已恢复第 ${v} 版`);
      return true;
    } catch (e) {
      message.error(e instanceof Error ? e.message : '恢复失败');
      return false;
    }
  };

  return (
    <DocKindContext.Provider value={kind as unknown as AnyKind}>
      <EditorContext.Provider value={ctx}>
        <EditorToolbar
          kind={kind}
          record={{ ...record, data: doc }}
          score={result}
          errors={countBySeverity(audit.findings).error}
          pending={autosave.phase !== 'saved'}
          flush={autosave.saveNow}
          onSubmit={() => void openChecklist()}
          onWithdraw={() => onTransition('withdraw')}
          saveState={
            <SaveState
              phase={autosave.phase}
              savedAt={autosave.savedAt}
              error={autosave.error}
              readOnly={!editable}
              problems={problems}
            />
          }
        />
        <div className="jx-page">
          <EditorAlerts status={record.status} comments={comments.comments} editable={editable} />
          {Above && <Above record={record} doc={doc} />}
          <div className="jx-editor">
            {/* biome-ignore lint/a11y/noStaticElementInteractions: clicks only choose the field a comment is about */}
            {/* biome-ignore lint/a11y/useKeyWithClickEvents: fields are reachable by keyboard through their inputs */}
            <div onClick={selection.onClick}>
              <Form doc={doc} setDoc={setDoc} rubric={rubric} scores={nodes} by={user.username} />
            </div>
            <EditorSide
              record={record}
              doc={doc}
              result={result}
              reportedTotal={kind.reportedTotal(deferred)}
              audit={audit}
              comments={comments.comments}
              commentsTotal={comments.total}
              {...(comments.hasOlder ? { onLoadOlder: comments.loadOlder } : {})}
              selectedPath={selection.selectedPath}
              onClearSelection={selection.clear}
              onComment={onComment}
              onTransition={onTransition}
              historyKey={historyKey}
              onRestore={onRestore}
            />
          </div>
        </div>
        {checking && (
          <SubmitChecklist
            doc={doc}
            loadGate={kind.loadGate}
            previous={record.submission}
            onCancel={() => setChecking(false)}
            onSubmit={submit}
          />
        )}
        {autosave.conflict && (
          <ConflictModal
            conflict={autosave.conflict}
            onMerge={resolveConflict}
            onTakeTheirs={() => resolveConflict(autosave.conflict!.theirs.data)}
          />
        )}
      </EditorContext.Provider>
    </DocKindContext.Provider>
  );
}
