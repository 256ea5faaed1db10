// Bootstrap of the extraction worker thread when run from the TypeScript sources (tsx, vitest; see worker-entry.ts):
// loader hooks are per thread, so tsx is registered here first. A compiled build starts extract-worker.js instead.
import { register } from 'tsx/esm/api';

register();
await import('./extract-worker.ts');
