export * from './envelope';
export * from './views';
export * from './protocol';
export * from './dispatch';
export * from './client';
export * from './rate-limit';
