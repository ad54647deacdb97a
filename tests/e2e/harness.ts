export * from '../../scripts/lib/extension-browser';
