/** The document model: schemas and types shared by every layer. */
export * from './evaluation';
export * from './project-evaluation';
export * from './scalars';
