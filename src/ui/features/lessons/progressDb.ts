// Progress per lesson in IndexedDB (kept across reloads), and the JSON export
// a teacher can collect.
export interface LessonRecord {
  key: string;
  pack: string;
  packVersion: string;
  lesson: string;
  /** Ids of the steps done at least once. */
  completed: string[];
  /** How many hints were revealed, per step id. */
  hints: Record<string, number>;
  /** Chosen answers to questions, per step id. */
  answers: Record<string, number>;
  updatedAt: string;
}

const dbName = 'kubelab';
const store = 'lesson-progress';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(dbName, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(store, { keyPath: 'key' });
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function run<T>(mode: IDBTransactionMode, fn: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  return open().then(
    (db) =>
      new Promise<T>((resolve, reject) => {
        const req = fn(db.transaction(store, mode).objectStore(store));
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      }),
  );
}

export const recordKey = (pack: string, lesson: string) => `${pack}/${lesson}`;

export async function loadRecord(pack: string, lesson: string): Promise<LessonRecord | undefined> {
  try {
    return await run('readonly', (s) => s.get(recordKey(pack, lesson)) as IDBRequest<LessonRecord | undefined>);
  } catch {
    return undefined;
  }
}

export async function saveRecord(r: LessonRecord): Promise<void> {
  try {
    await run('readwrite', (s) => s.put(r));
  } catch {
    // Private windows may refuse IndexedDB; progress then lives for the session only.
  }
}

export async function allRecords(): Promise<LessonRecord[]> {
  try {
    return await run('readonly', (s) => s.getAll() as IDBRequest<LessonRecord[]>);
  } catch {
    return [];
  }
}

export async function downloadProgress(): Promise<void> {
  const records = await allRecords();
  const blob = new Blob([JSON.stringify({ kind: 'kubelab-progress', exportedAt: new Date().toISOString(), lessons: records }, null, 2)], { type: 'application/json' });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = 'kubelab-progress.json';
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}
