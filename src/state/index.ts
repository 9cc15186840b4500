export * from './viewState';
export * from './urlCodec';
export * from './reconcile';
export * from './store';
export * from './useUrlSync';
export * from './useCatalogReconcile';
