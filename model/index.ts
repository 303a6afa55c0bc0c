// The public face of the shared model: graph schema vocabulary and the extraction contract.
export * from './graph-schema';
export * from './ids';
export { fold, stripAccents } from './fold';
export type * from './extraction';
export type * from './subgraph';
export { isStoreFailure } from './store-failure';
