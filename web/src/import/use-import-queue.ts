/** Upload files one after another to the extractor, keeping each file's preview, warnings and progress. */
import { useCallback, useRef, useState } from 'react';
import { Evaluation } from '../../../src/core/model';
import { api, type ImportWarning } from '../api';

export interface ImportItem {
  key: string;
  file: File;
  status: 'waiting' | 'uploading' | 'done' | 'error' | 'saved';
  progress: number;
  preview?: Evaluation;
  warnings?: ImportWarning[];
  /** The file's text, shown beside the extracted data (text formats only). */
  source?: string | null;
  error?: string;
  savedId?: number;
}

const TEXT_TYPES = /\.(txt|json)$/i;

/** The response's warnings and those the document carries in `extraction`, each once. */
export function mergeWarnings(...lists: ReadonlyArray<readonly ImportWarning[]>): ImportWarning[] {
  const seen = new Set<string>();
  const out: ImportWarning[] = [];
  for (const w of lists.flat()) {
    const k = `${w.code ?? ''}|${w.message}|${w.line ?? ''}|${w.page ?? ''}`;
    if (!seen.has(k)) {
      seen.add(k);
      out.push(w);
    }
  }
  return out;
}

export function useImportQueue() {
  const [items, setItems] = useState<ImportItem[]>([]);
  const running = useRef(false);
  const queue = useRef<ImportItem[]>([]);

  const patch = useCallback((key: string, p: Partial<ImportItem>) => {
    setItems((list) => list.map((it) => (it.key === key ? { ...it, ...p } : it)));
  }, []);

  const run = useCallback(async () => {
    if (running.current) return;
    running.current = true;
    while (queue.current.length) {
      const it = queue.current.shift()!;
      patch(it.key, { status: 'uploading', progress: 0 });
      try {
        const source = TEXT_TYPES.test(it.file.name) ? await it.file.text() : null;
        const r = await api.importFile(it.file, (p) => patch(it.key, { progress: Math.round(p * 100) }));
        const parsed = Evaluation.safeParse(r.preview);
        patch(it.key, {
          status: 'done',
          progress: 100,
          preview: parsed.success ? parsed.data : r.preview,
          warnings: mergeWarnings(r.warnings ?? [], r.preview.extraction?.warnings ?? []),
          source,
        });
      } catch (e) {
        patch(it.key, { status: 'error', error: e instanceof Error ? e.message : '导入失败' });
      }
    }
    running.current = false;
  }, [patch]);

  const add = useCallback(
    (files: File[]) => {
      const fresh = files.map((file, i) => ({
        key: `${Date.now()}-${i}-${file.name}`,
        file,
        status: 'waiting' as const,
        progress: 0,
      }));
      queue.current.push(...fresh);
      setItems((list) => [...list, ...fresh]);
      void run();
      return fresh;
    },
    [run],
  );

  const remove = useCallback((key: string) => {
    queue.current = queue.current.filter((q) => q.key !== key);
    setItems((list) => list.filter((it) => it.key !== key));
  }, []);

  return { items, add, remove, patch };
}
