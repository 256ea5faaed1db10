/** The document being edited: its record and document, autosave, transitions and conflicts resolved. */
import { type SetStateAction, useCallback, useState } from 'react';
import type { Evaluation } from '../../../src/core/model';
import type { User } from '../api';
import { reconcileDrafts, withDraft } from '../lib/drafts';
import type { AnyDoc, DocKind, RecordOf } from './kinds';
import { useAutosave } from './use-autosave';
import { useEditRights } from './use-edit-rights';

/** The fields of a record the server moves on (the document stays the one being edited). */
const moved = <D extends AnyDoc>(r: RecordOf<D>) => ({
  version: r.version,
  status: r.status,
  updatedAt: r.updatedAt,
  updatedBy: r.updatedBy,
});

// Typed text follows its row the same way in either kind: the drafts code reads only `drafts` and the rows on a path.
const reconcile = <D extends AnyDoc>(prev: D, next: D) =>
  reconcileDrafts(prev as Evaluation, next as Evaluation) as unknown as D;
const draftAt = <D extends AnyDoc>(doc: D, path: string, text: string | null) =>
  withDraft(doc as Evaluation, path, text) as unknown as D;

export function useEditorSession<D extends AnyDoc>(kind: DocKind<D>, initial: RecordOf<D>, user: User) {
  const [record, setRecord] = useState(initial);
  const [doc, setDocState] = useState<D>(initial.data);
  /** Every edit goes through here, so text typed into a number field follows its row (or goes with it). */
  const setDoc = useCallback(
    (u: SetStateAction<D>) => setDocState((prev) => reconcile(prev, typeof u === 'function' ? u(prev) : u)),
    [],
  );
  /** Keep, or with null clear, what was typed into a number field that is not a number yet. */
  const setDraft = useCallback(
    (path: string, text: string | null) => setDoc((d) => draftAt(d, path, text)),
    [setDoc],
  );
  /** Bumped whenever a new version exists, so the history panel reloads. */
  const [historyKey, setHistoryKey] = useState(0);
  const rights = useEditRights(kind, user, record, doc);

  const onSaved = useCallback((r: RecordOf<D>) => {
    setRecord((cur) => ({ ...cur, ...moved(r), allowedActions: r.allowedActions }));
    setHistoryKey((k) => k + 1);
  }, []);
  const autosave = useAutosave({
    kind,
    id: initial.id,
    version: initial.version,
    savedDoc: initial.data,
    doc,
    enabled: rights.editable,
    onSaved,
  });

  /** The server's record after a transition: everything but the document, which is ours. */
  const applyTransition = (r: RecordOf<D>) => {
    setRecord((cur) => ({ ...cur, ...r, data: cur.data }));
    autosave.rebase(r.version, doc);
    setHistoryKey((k) => k + 1);
  };

  /** The server's record after an earlier version was restored: its document replaces ours. */
  const applyRestored = (r: RecordOf<D>) => {
    const parsed = kind.parseDraft(r.data);
    const data = parsed.success ? parsed.data : r.data;
    setRecord({ ...r, data });
    setDoc(data);
    autosave.rebase(r.version, data);
    setHistoryKey((k) => k + 1);
  };

  /** Go on from the other side's version after a conflict, editing `data` (merged, or theirs as it is). */
  const resolveConflict = (data: D) => {
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
