export * from './fields';
export * from './plan';
export * from './csv';
export * from './vcard';
export * from './commit';
export * from './personal-domains';
