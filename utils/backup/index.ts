export * from './schema';
export * from './export';
export * from './parse';
export * from './restore';
export * from './transfer';
export * from './transfer-client';
