/** The multi-user server: build the app, or prepare and start it with its store. */
export { buildApp } from './app';
export type { ServerContext } from './context';
export { AppError, ERROR_CODES, type ErrorCode } from './errors';
export { prepareServer, type RunningServer, startServer } from './start';
