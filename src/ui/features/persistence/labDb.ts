// The lab's IndexedDB: one object store of records by name — the saved lab
// (journal for replay), the editor's unsaved drafts, and a flag set while a
// restore runs (still set on the next load = that restore never finished).
const dbName = 'kubelab';
const storeName = 'lab';

export type RecordName = 'lab' | 'editor' | 'restoring';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(dbName, 1);
    req.onupgradeneeded = () => {
      if (!req.result.objectStoreNames.contains(storeName)) req.result.createObjectStore(storeName);
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB unavailable'));
    req.onblocked = () => reject(new Error('IndexedDB blocked by another tab'));
  });
}

let db: Promise<IDBDatabase> | undefined;
function database(): Promise<IDBDatabase> {
  db ??= open();
  return db;
}

function run<T>(mode: IDBTransactionMode, fn: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  return database().then(
    (d) =>
      new Promise<T>((resolve, reject) => {
        const tx = d.transaction(storeName, mode);
        const req = fn(tx.objectStore(storeName));
        tx.oncomplete = () => resolve(req.result);
        tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
        tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
      }),
  );
}

export function getRecord<T>(name: RecordName): Promise<T | undefined> {
  return run('readonly', (s) => s.get(name) as IDBRequest<T | undefined>);
}

export function putRecord(name: RecordName, value: unknown): Promise<void> {
  return run('readwrite', (s) => s.put(value, name)).then(() => undefined);
}

export function deleteRecord(name: RecordName): Promise<void> {
  return run('readwrite', (s) => s.delete(name)).then(() => undefined);
}

export function clearAll(): Promise<void> {
  return run('readwrite', (s) => s.clear()).then(() => undefined);
}
