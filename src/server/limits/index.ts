/** Limits shared by every instance through the database: the login throttle and the per-user write limit. */
export { createLoginThrottle, type LoginThrottle, tooManyAttempts } from './login';
export * from './policy';
export { installWriteLimit } from './writes';
