// Public surface of the etcd stand-in (etcd mvcc + the apiserver's storage/etcd3 view of it).
// Only src/engine/apiserver imports this folder.
export { MemoryStore } from './memoryStore.js';
export { StoreError } from './types.js';
export type { WatchTrigger } from './watchers.js';
export type { KeyValue, ListOptions, ListResult, MemoryStoreOptions, StoreErrorCode, Watch, WatchEvent, WatchHandler } from './types.js';
