/** The logged-in user. */
export * from './SessionProvider';
