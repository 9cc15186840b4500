export * from './ckmeans';
export * from './classify';
export * from './colorScale';
