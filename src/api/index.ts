/** The HTTP contract: every request and response schema, shared by the server's routes and the web client. */
export * from './accounts';
export * from './dashboard';
export * from './documents';
export * from './evaluations';
export * from './owners';
export * from './projects';

/** `Sent` as the contract `Contract` allows it: a compile error when a server's own type drifts from the schema. */
export type Conforms<Sent extends Contract, Contract> = Sent;
