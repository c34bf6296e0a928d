export * from './traffic.js';
export * from './image.js';
export * from './wait.js';
export * from './snapshot.js';
export * from './deploy.js';
export * from './rollback.js';
