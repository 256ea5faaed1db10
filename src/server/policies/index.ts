/** Policies per resource: pure functions of the user and the resource, true when allowed. */
export * from './dashboard';
export * from './department';
export * from './evaluation';
export * from './user';
