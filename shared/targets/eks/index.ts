export * from './images.js';
export * from './rollback.js';
export * from './manual.js';
