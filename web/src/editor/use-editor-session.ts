/** The evaluation being edited: its record and document, autosave, transitions and conflicts resolved. */
import { type SetStateAction, useCallback, useState } from 'react';
import type { Evaluation } from '../../../src/core/model';
import type { EvaluationRecord, User } from '../api';
import { reconcileDrafts, withDraft } from '../lib/drafts';
import { useAutosave } from './use-autosave';
import { useEditRights } from './use-edit-rights';

/** The fields of a record the server moves on (the document stays the one being edited). */
const moved = (r: EvaluationRecord) => ({
  version: r.version,
  status: r.status,
  updatedAt: r.updatedAt,
  updatedBy: r.updatedBy,
});

export function useEditorSession(initial: EvaluationRecord, user: User) {
  const [record, setRecord] = useState(initial);
  const [doc, setDocState] = useState<Evaluation>(initial.data);
  /** Every edit goes through here, so text typed into a number field follows its row (or goes with it). */
  const setDoc = useCallback(
    (u: SetStateAction<Evaluation>) =>
      setDocState((prev) => reconcileDrafts(prev, typeof u === 'function' ? u(prev) : u)),
    [],
  );
  /** Keep, or with null clear, what was typed into a number field that is not a number yet. */
  const setDraft = useCallback(
    (path: string, text: string | null) => setDoc((d) => withDraft(d, path, text)),
    [setDoc],
  );
  /** Bumped whenever a new version exists, so the history panel reloads. */
  const [historyKey, setHistoryKey] = useState(0);
  const rights = useEditRights(user, record, doc);

  const onSaved = useCallback((r: EvaluationRecord) => {
    setRecord((cur) => ({ ...cur, ...moved(r), allowedActions: r.allowedActions }));
    setHistoryKey((k) => k + 1);
  }, []);
  const autosave = useAutosave({
    id: initial.id,
    version: initial.version,
    savedDoc: initial.data,
    doc,
    enabled: rights.editable,
    onSaved,
  });

  /** The server's record after a transition: everything but the document, which is ours. */
  const applyTransition = (r: EvaluationRecord) => {
    setRecord((cur) => ({ ...cur, ...r, data: cur.data }));
    autosave.rebase(r.version, doc);
    setHistoryKey((k) => k + 1);
  };

  /** The server's record after an earlier version was restored: its document replaces ours. */
  const applyRestored = (r: EvaluationRecord) => {
    setRecord(r);
    setDoc(r.data);
    autosave.rebase(r.version, r.data);
    setHistoryKey((k) => k + 1);
  };

  /** Go on from the other side's version after a conflict, editing `data` (merged, or theirs as it is). */
  const resolveConflict = (data: Evaluation) => {
    const theirs = autosave.conflict!.theirs;
    setRecord((cur) => ({ ...cur, ...moved(theirs) }));
    setDoc(data);
    autosave.rebase(theirs.version, theirs.data);
  };

  return {
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
  };
}
