export * from './stack.js';
export * from './parameters.js';
export * from './changeset.js';
export * from './deploy.js';
export * from './rollback.js';
