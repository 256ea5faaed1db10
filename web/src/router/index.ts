/** Client-side routing. */
export * from './Link';
export * from './router';
