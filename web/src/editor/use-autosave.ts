/**
 * Autosave with the version check: a quiet second after the last change the document is saved, whatever it still
 * lacks (a draft saves with empty rows and typed text that is not a number yet); a stale version is a conflict.
 * Leaving the page saves what is pending on the way out, and the browser asks first.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, api } from '../api';
import { writeHeaders } from '../api/client';
import type { AnyDoc, DocKind, RecordOf } from './kinds';

export type SavePhase = 'saved' | 'dirty' | 'saving' | 'invalid' | 'error' | 'conflict';

export interface Conflict<D extends AnyDoc> {
  /** The version on the server that ours collided with. */
  theirs: RecordOf<D>;
  /** Our document at the time of the conflict. */
  mine: D;
  /** The last version both sides shared, for telling who changed what. */
  base: D;
}

export interface Autosave<D extends AnyDoc> {
  phase: SavePhase;
  savedAt: Date | null;
  error: string | null;
  conflict: Conflict<D> | null;
  /** Save at once (before a transition); resolves when the document on the server is ours. */
  saveNow: () => Promise<boolean>;
  /** A new base: the server holds `saved` at `version` (after a transition or a resolved conflict). */
  rebase: (version: number, saved: D) => void;
  /** The version on the server that our last save or rebase reached (newer than a render's record while saving). */
  version: () => number;
}

/** Browsers keep a request alive after the page only up to 64 KiB of body. */
const KEEPALIVE_MAX = 60_000;

/** Save on the way out of the page: a request the browser finishes after the page is gone. */
function sendOnUnload(id: number, version: number, data: AnyDoc): void {
  const body = JSON.stringify({ version, data });
  void fetch(`/api/evaluations/${id}`, {
    method: 'PUT',
    credentials: 'same-origin',
    headers: writeHeaders(true),
    body,
    keepalive: new TextEncoder().encode(body).length <= KEEPALIVE_MAX,
  }).catch(() => {});
}

export function useAutosave<D extends AnyDoc>(opts: {
  /** The draft schema of the document's kind: what may be sent, and how the other side's version is read. */
  kind: Pick<DocKind<D>, 'parseDraft'>;
  id: number;
  version: number;
  savedDoc: D;
  doc: D;
  enabled: boolean;
  onSaved: (record: RecordOf<D>) => void;
  delayMs?: number;
}): Autosave<D> {
  const { id, doc, enabled, delayMs = 1000 } = opts;
  const parseRef = useRef(opts.kind.parseDraft);
  const versionRef = useRef(opts.version);
  const savedRef = useRef(opts.savedDoc);
  const docRef = useRef(doc);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const conflictRef = useRef<Conflict<D> | null>(null);
  const onSavedRef = useRef(opts.onSaved);
  const timer = useRef<number | undefined>(undefined);
  const [phase, setPhase] = useState<SavePhase>('saved');
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Conflict<D> | null>(null);
  docRef.current = doc;
  onSavedRef.current = opts.onSaved;

  const save = useCallback(async (): Promise<boolean> => {
    if (inFlight.current) {
      await inFlight.current;
      if (docRef.current === savedRef.current) return true;
    }
    if (conflictRef.current) return false;
    const sending = docRef.current;
    if (sending === savedRef.current) {
      setPhase('saved');
      return true;
    }
    // Only a document of the wrong shape is held back (a bug, not something a person typed).
    const shape = parseRef.current(sending);
    if (!shape.success) {
      const issue = shape.error.issues[0];
      setError(issue ? `${issue.path.join('.')}：${issue.message}` : null);
      setPhase('invalid');
      return false;
    }
    setPhase('saving');
    const run = (async () => {
      try {
        const r = await api.updateEvaluation(id, versionRef.current, sending);
        versionRef.current = r.evaluation.version;
        savedRef.current = sending;
        setSavedAt(new Date());
        setError(null);
        onSavedRef.current(r.evaluation as unknown as RecordOf<D>);
        setPhase(docRef.current === sending ? 'saved' : 'dirty');
        return true;
      } catch (e) {
        if (e instanceof ApiError && e.code === 'version_conflict' && e.body.current) {
          const current = e.body.current as RecordOf<D>;
          const data = parseRef.current(current.data);
          const theirs = data.success ? { ...current, data: data.data } : current;
          const c = { theirs, mine: docRef.current, base: savedRef.current };
          conflictRef.current = c;
          setConflict(c);
          setPhase('conflict');
        } else {
          setError(e instanceof Error ? e.message : '保存失败');
          setPhase('error');
        }
        return false;
      }
    })();
    inFlight.current = run;
    const ok = await run;
    inFlight.current = null;
    // Changes typed while the request was in flight are saved next.
    if (ok && docRef.current !== savedRef.current)
      timer.current = window.setTimeout(() => void save(), delayMs);
    return ok;
  }, [id, delayMs]);

  useEffect(() => {
    if (!enabled) return;
    if (doc === savedRef.current) {
      setPhase((p) => (p === 'conflict' || p === 'saving' ? p : 'saved'));
      return;
    }
    setPhase((p) => (p === 'conflict' ? p : 'dirty'));
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void save(), delayMs);
    return () => window.clearTimeout(timer.current);
  }, [doc, enabled, save, delayMs]);

  // Leaving the page: the browser asks first while a change is pending; once the page goes, what is pending is sent
  // in a request that outlives it. Leaving the editor inside the application saves as usual.
  useEffect(() => {
    const pending = () => enabled && docRef.current !== savedRef.current && !conflictRef.current;
    const warn = (e: BeforeUnloadEvent) => {
      if (pending()) e.preventDefault();
    };
    const flush = () => {
      if (!pending()) return;
      window.clearTimeout(timer.current);
      sendOnUnload(id, versionRef.current, docRef.current);
    };
    window.addEventListener('beforeunload', warn);
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('beforeunload', warn);
      window.removeEventListener('pagehide', flush);
      if (pending()) void save();
    };
  }, [enabled, save, id]);

  const rebase = useCallback((version: number, saved: D) => {
    versionRef.current = version;
    savedRef.current = saved;
    conflictRef.current = null;
    setConflict(null);
    setPhase(docRef.current === saved ? 'saved' : 'dirty');
  }, []);

  const saveNow = useCallback(() => {
    window.clearTimeout(timer.current);
    return save();
  }, [save]);

  const version = useCallback(() => versionRef.current, []);

  return { phase, savedAt, error, conflict, saveNow, rebase, version };
}
