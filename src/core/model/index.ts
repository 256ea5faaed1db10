/** The document model: schemas and types shared by every layer. */
export * from './evaluation';
export * from './goals';
export * from './monitoring';
export * from './project-evaluation';
export * from './scalars';
