/** The password policy shared by the server and the web application. */
export { COMMON_PASSWORDS } from './common';
export { countRuns, isRepeatedBlock, isSimplePattern } from './patterns';
export * from './policy';
