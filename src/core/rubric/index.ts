/** Rubrics as data and the engine that scores an evaluation on them. */
export * from './engine';
export * from './grade';
export * from './origin';
export * from './present';
export * from './schema';
export type * from './types';
