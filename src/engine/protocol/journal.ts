// Persistence by deterministic replay: the engine is a pure function of its
// seed and of what the student did at which virtual time, so the lab is saved
// as that list (terminal lines, Ctrl-C, files written from the editor, answers
// to `kubectl edit`) and restored by replaying it headlessly on a fresh cluster.
// A digest of the store (every key, revision and value) checks the replay
// reproduced the cluster byte for byte. Not upstream: Kubernetes persists etcd.
import type { Cluster } from '../cluster/index.js';

export type JournalEntry = { at: number } & (
  | { op: 'open'; terminal: number; cols: number; rows: number }
  | { op: 'input'; terminal: number; line: string }
  | { op: 'interrupt'; terminal: number }
  | { op: 'write'; path: string; content: string }
  | { op: 'saved'; session: number; content: string }
  | { op: 'closed'; session: number }
  /** A lesson's setup and step moves change the cluster too. */
  | { op: 'lesson.start'; spec: unknown }
  | { op: 'lesson.goto'; step: number }
  | { op: 'lesson.stop' }
);

export interface SavedLab {
  version: 1;
  seed: number;
  /** Worker nodes besides the control plane (a lesson may choose them). */
  workers?: number;
  entries: JournalEntry[];
  /** Virtual time when it was saved: the replay runs the clock up to here. */
  now: number;
  /** The clock's speed when saved (0: paused); the page sets it again. */
  speed?: 0 | 1 | 10 | 60;
  /** storeDigest() at `now`, when known. */
  digest?: string;
}

/** FNV-1a over every key, modRevision and value of the store, plus the clock: equal digests, equal clusters. */
export function storeDigest(cluster: Cluster): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  const feed = (s: string) => {
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
      h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
    }
  };
  const { items, revision } = cluster.store.list('');
  feed(`${revision}|${cluster.clock.now()}|`);
  for (const kv of items) feed(`${kv.key}|${kv.modRevision}|${JSON.stringify(kv.value)}\n`);
  return `${items.length}-${revision}-${h1.toString(16).padStart(8, '0')}${h2.toString(16).padStart(8, '0')}`;
}
