/** The API client and its types. */
export * from './client';
export * from './endpoints';
export type * from './types';
