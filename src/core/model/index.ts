/** The evaluation model: schemas and types shared by every layer. */
export * from './evaluation';
export * from './scalars';
