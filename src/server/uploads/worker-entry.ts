/** The one place that knows which file the extraction worker thread starts from. */

/**
 * The worker's entry module. Run from the TypeScript sources (tsx, vitest) it is `extract-worker.mjs`, a bootstrap
 * that registers tsx in the new thread and then imports `extract-worker.ts`. A compiled build must emit the worker
 * as its own entry, `extract-worker.js`, in the same folder as the module that contains this function.
 * @example new Worker(workerEntry(), { workerData: job })
 */
export function workerEntry(): URL {
  const fromSources = import.meta.url.endsWith('.ts');
  return new URL(fromSources ? './extract-worker.mjs' : './extract-worker.js', import.meta.url);
}
