// Bootstrap of the extraction worker thread: loader hooks are per thread, so tsx is registered here first.
import { register } from 'tsx/esm/api';

register();
await import('./extract-worker.ts');
