// Mirrors etcd's mvccpb.KeyValue / mvccpb.Event and the mvcc error values
// (ErrCompacted, ErrFutureRev) that kube-apiserver's storage/etcd3 translates.
// Values are opaque objects: the store never clones, freezes or inspects them.

/** One stored key at one revision (etcd mvccpb.KeyValue). */
export interface KeyValue {
  readonly key: string;
  /** The caller's object, stored by reference; callers pass frozen objects. */
  readonly value: object;
  /** Revision of the write that created this key (etcd create_revision). */
  readonly createRevision: number;
  /** Revision of the last write to this key (etcd mod_revision = resourceVersion). */
  readonly modRevision: number;
  /** Writes since creation: 1 after create, +1 per update; 0 on a delete tombstone. */
  readonly version: number;
}

/**
 * One change (etcd mvccpb.Event). For PUT, `kv` is the new state and `prevKv` the
 * previous one (absent on create). For DELETE, `kv` is a tombstone (last value,
 * modRevision = the delete's revision, version 0) and `prevKv` the deleted state.
 */
export type WatchEvent = {
  type: 'PUT' | 'DELETE';
  kv: KeyValue;
  prevKv?: KeyValue;
  revision: number;
};

export type StoreErrorCode = 'KeyExists' | 'KeyNotFound' | 'Conflict' | 'Compacted' | 'FutureRevision';

/** Failure of a store operation; `code` is what callers switch on. */
export class StoreError extends Error {
  readonly code: StoreErrorCode;
  constructor(code: StoreErrorCode, message: string) {
    super(message);
    this.name = 'StoreError';
    this.code = code;
  }
}

export interface MemoryStoreOptions {
  /** Watch-history events kept; older history is compacted automatically. Default 10000. */
  historyLimit?: number;
}

export interface ListOptions {
  /** Serve the list as of this revision (from history); undefined or <= 0 = latest. */
  revision?: number;
  /** Maximum items returned; undefined or <= 0 = no limit (etcd: limit 0). */
  limit?: number;
  /** Return only keys strictly greater than this one (pagination continue token). */
  continueAfterKey?: string;
}

export interface ListResult {
  /** Sorted by key (UTF-16 code-unit order, which equals etcd's byte order for ASCII keys). */
  items: KeyValue[];
  /** The revision the list was served at. */
  revision: number;
  /** True when `limit` cut the list short; continue after the last item's key. */
  more: boolean;
}

export type WatchHandler = (e: WatchEvent) => void;

export interface Watch {
  /** Stop delivery; idempotent, safe to call from inside a handler. */
  stop(): void;
}
