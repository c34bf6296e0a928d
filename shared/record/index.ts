export * from './record.js';
export * from './validate.js';
export * from './breadcrumb.js';
