export * from './viewState';
export { VIEW_PARAMS, cloneView, isValidView, viewsEqual } from './viewParams';
export * from './urlCodec';
export * from './reconcile';
export * from './store';
export * from './useUrlSync';
export * from './useCatalogReconcile';
