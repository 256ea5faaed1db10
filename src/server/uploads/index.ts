/** Uploads: type sniffing, zip and PDF guards, and reading in a bounded pool of workers (entry file: `workerEntry()`). */
export * from './pdf-guard';
export * from './pool';
export * from './preview';
export * from './run-extract';
export * from './sniff';
export * from './worker-entry';
export * from './zip-guard';
