/**
 * The import queue: files read two at a time (the server's pool reads two at once), each with its state — waiting,
 * sending, being read (page n of m for a scan), read, failed with the Chinese reason — and its preview. A busy server
 * (503 `server_busy`) is asked again after its `Retry-After`; that is not a failure.
 */
import { useCallback, useRef, useState } from 'react';
import { Evaluation } from '../../../src/core/model';
import type { ImportResult, ImportWarning } from '../api';
import { type ImportSource, type ReadEvents, readImportFile } from './api';

export interface ImportItem {
  key: string;
  file: File;
  /** waiting: in the queue; uploading: being sent; reading: a worker on the server reads it. */
  status: 'waiting' | 'uploading' | 'reading' | 'done' | 'error' | 'saved';
  /** Share of the file sent, in percent. */
  progress: number;
  /** Pages read so far, when the reader says (OCR of a scan). */
  pages?: { done: number; total: number };
  /** The server was busy: asked again at this time (ms since the epoch). */
  retryAt?: number;
  preview?: Evaluation;
  warnings?: ImportWarning[];
  /** The file's text by line, paragraph or table row, shown beside the extracted data (none for .xlsx). */
  source?: ImportSource | null;
  /** Where each extracted field was found: document path → index into `source.pieces`. */
  places?: Record<string, number> | null;
  /** Each stated figure's place: index into `source.pieces`, -1 where the source does not show it. */
  statementPlaces?: number[] | null;
  error?: string;
  savedId?: number;
}

/** Files read at the same time: the server's default pool size (`JIXIAO_EXTRACT_WORKERS`). */
export const PARALLEL = 2;
/** Wait before asking a busy server again when it did not say how long, and the longest wait. */
const RETRY_DEFAULT_S = 2;
const RETRY_MAX_S = 60;
/** Times a file is sent to a busy server before the queue gives up on it. */
const RETRIES = 30;

/** A JSON file is shown as it is, line by line; the server sends the source of the reports it reads. */
const JSON_FILE = /\.json$/i;

function linesOf(text: string): ImportSource {
  return { format: 'text', pieces: text.split(/\r?\n/).map((t, i) => ({ text: t, line: i + 1 })) };
}

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

/** Seconds to wait before asking again, when the error is the server's 503 `server_busy`; null for any other. */
export function busyRetrySeconds(e: unknown): number | null {
  const err = e as { status?: number; code?: string; body?: { retryAfter?: unknown } } | null;
  if (err?.code !== 'server_busy' && err?.status !== 503) return null;
  const s = Number(err.body?.retryAfter);
  return Math.min(RETRY_MAX_S, Number.isFinite(s) && s > 0 ? s : RETRY_DEFAULT_S);
}

export type ReadFile = (file: File, events: ReadEvents) => Promise<ImportResult>;

interface RunnerDeps {
  read: ReadFile;
  /** Apply a change to one file's row. */
  patch: (key: string, p: Partial<ImportItem>) => void;
  sleep?: (ms: number) => Promise<void>;
  parallel?: number;
}

/** The queue without React: at most `parallel` files read at once, busy answers waited out, removal respected. */
export class ImportRunner {
  private readonly waiting: ImportItem[] = [];
  private readonly removed = new Set<string>();
  private active = 0;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly deps: RunnerDeps) {
    this.sleep = deps.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
  }

  add(items: readonly ImportItem[]): void {
    this.waiting.push(...items);
    this.pump();
  }

  /** A file taken off the list: not read if it still waits, its answer ignored if it is being read. */
  remove(key: string): void {
    this.removed.add(key);
    const i = this.waiting.findIndex((it) => it.key === key);
    if (i >= 0) this.waiting.splice(i, 1);
  }

  /** Files being read now. */
  get running(): number {
    return this.active;
  }

  private pump(): void {
    while (this.active < (this.deps.parallel ?? PARALLEL) && this.waiting.length) {
      const it = this.waiting.shift() as ImportItem;
      this.active++;
      void this.readOne(it).finally(() => {
        this.active--;
        this.pump();
      });
    }
  }

  private async readOne(it: ImportItem): Promise<void> {
    const patch = (p: Partial<ImportItem>) => {
      if (!this.removed.has(it.key)) this.deps.patch(it.key, p);
    };
    for (let attempt = 0; ; attempt++) {
      patch({ status: 'uploading', progress: 0, pages: undefined, retryAt: undefined });
      try {
        const r = await this.deps.read(it.file, {
          onUpload: (ratio) => patch({ progress: Math.round(ratio * 100) }),
          onStarted: () => patch({ status: 'reading', progress: 100 }),
          onPages: (done, total) => patch({ status: 'reading', pages: { done, total } }),
        });
        if (this.removed.has(it.key)) return;
        const source = r.source ?? (JSON_FILE.test(it.file.name) ? linesOf(await it.file.text()) : null);
        const parsed = Evaluation.safeParse(r.preview);
        patch({
          status: 'done',
          progress: 100,
          preview: parsed.success ? parsed.data : r.preview,
          warnings: mergeWarnings(r.warnings ?? [], r.preview.extraction?.warnings ?? []),
          source,
          places: r.places ?? null,
          statementPlaces: r.statementPlaces ?? null,
        });
        return;
      } catch (e) {
        const wait = busyRetrySeconds(e);
        if (wait === null || attempt >= RETRIES) {
          patch({ status: 'error', error: e instanceof Error ? e.message : '导入失败' });
          return;
        }
        // Busy is not a failure: the row waits, its slot kept, and the file is sent again.
        patch({ status: 'waiting', retryAt: Date.now() + wait * 1000 });
        await this.sleep(wait * 1000);
        if (this.removed.has(it.key)) return;
      }
    }
  }
}

export function useImportQueue(read: ReadFile = readImportFile) {
  const [items, setItems] = useState<ImportItem[]>([]);
  const patch = useCallback((key: string, p: Partial<ImportItem>) => {
    setItems((list) => list.map((it) => (it.key === key ? { ...it, ...p } : it)));
  }, []);
  const runner = useRef<ImportRunner | null>(null);
  runner.current ??= new ImportRunner({ read, patch });

  const add = useCallback((files: File[]) => {
    const stamp = Date.now();
    const fresh = files.map((file, i) => ({
      key: `${stamp}-${i}-${file.name}`,
      file,
      status: 'waiting' as const,
      progress: 0,
    }));
    setItems((list) => [...list, ...fresh]);
    runner.current?.add(fresh);
    return fresh;
  }, []);

  const remove = useCallback((key: string) => {
    runner.current?.remove(key);
    setItems((list) => list.filter((it) => it.key !== key));
  }, []);

  return { items, add, remove, patch };
}
