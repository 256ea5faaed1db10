/** Uploads: type sniffing, zip and PDF guards, and reading in a bounded worker. */
export * from './pdf-guard';
export * from './run-extract';
export * from './sniff';
export * from './zip-guard';
