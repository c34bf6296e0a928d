export * from './runtime.js';
export * from './errors.js';
export * from './duration.js';
export * from './inputs.js';
export * from './summary.js';
export * from './run.js';
export * from './outputs.js';
