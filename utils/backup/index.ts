export * from './schema';
export * from './export';
export * from './parse';
export * from './restore';
