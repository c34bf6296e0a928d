export * from './record.js';
export * from './validate.js';
