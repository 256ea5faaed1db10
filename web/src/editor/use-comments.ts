/**
 * The comments on an evaluation: the newest page first, older pages loaded on demand, the same by field path,
 * reloading and adding one.
 */
import { useCallback, useMemo, useState } from 'react';
import { api, type Comment, type CommentsResponse } from '../api';
import { normalizePath } from '../lib/paths';

export function useComments(id: number, initial: CommentsResponse) {
  const [page, setPage] = useState<CommentsResponse>(initial);
  const comments = page.comments;
  const reload = useCallback(() => {
    api
      .comments(id)
      .then(setPage)
      .catch(() => setPage({ comments: [], next: null, total: 0 }));
  }, [id]);
  /** The page before the oldest loaded one, put in front of those loaded. */
  const loadOlder = useCallback(async () => {
    if (page.next === null) return;
    const older = await api.comments(id, page.next);
    setPage((cur) => {
      const known = new Set(cur.comments.map((c) => c.id));
      return {
        comments: [...older.comments.filter((c) => !known.has(c.id)), ...cur.comments],
        next: older.next,
        total: older.total,
      };
    });
  }, [id, page.next]);
  const byPath = useMemo(() => {
    const m = new Map<string, Comment[]>();
    for (const c of comments) {
      if (!c.path) continue;
      const k = c.path.includes('/') ? c.path : normalizePath(c.path);
      m.set(k, [...(m.get(k) ?? []), c]);
    }
    return m;
  }, [comments]);
  const add = async (body: string, path: string | null) => {
    await api.addComment(id, body, path);
    reload();
  };
  return { comments, total: page.total, hasOlder: page.next !== null, loadOlder, byPath, reload, add };
}
