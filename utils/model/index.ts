export * from './common';
export * from './client';
export * from './contact';
export * from './commitment';
export * from './settings';
export * from './mail-record';
export * from './parse';
