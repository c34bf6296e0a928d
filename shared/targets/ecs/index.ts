// The ECS target adapter (docs/architecture.md, the target contract): snapshot, apply, follow, restore, diagnostics.
export * from './image.js';
export * from './task-definition.js';
export * from './follow.js';
export * from './diagnostics.js';
export * from './migration.js';
export * from './adapter.js';
export * from './file.js';
