// The typed message protocol between the browser UI and the engine's worker,
// shaped like duckdb-wasm's: one request map, replies matched to requests by
// id, and unsolicited pushes for streams (terminal output, clock, watch, audit).
// Types only (plus tiny guards), so the UI bundle pulls in none of the engine.
import type { AuditRecord } from '../apiserver/audit.js';
import type { JournalEntry, SavedLab } from './journal.js';
import type { LessonPush, LessonRequests } from './lessons.js';

export type { AuditRecord, JournalEntry, SavedLab };
export type { LessonPush, LessonRequests, LessonProgressState, LessonSpec, SetupFailure } from './lessons.js';

/** A terminal opened with `terminal.open`; one shell session each. */
export type TerminalId = number;

/** Virtual seconds per wall second. 0 is paused. */
export type Speed = 0 | 1 | 10 | 60;
export const speeds: readonly Speed[] = [0, 1, 10, 60];

export interface ClockState {
  /** Virtual time, ms since the Unix epoch. */
  now: number;
  speed: Speed;
}

export type ObjectEventType = 'ADDED' | 'MODIFIED' | 'DELETED';

/** The resources the UI watches (for the diagram and, later, the inspector). */
export const watchedResources = [
  { group: '', resource: 'namespaces' },
  { group: '', resource: 'nodes' },
  { group: '', resource: 'pods' },
  { group: '', resource: 'services' },
  { group: 'apps', resource: 'deployments' },
  { group: 'apps', resource: 'replicasets' },
  { group: 'apps', resource: 'statefulsets' },
  { group: 'apps', resource: 'daemonsets' },
  { group: 'batch', resource: 'jobs' },
] as const;

export type WatchedResource = (typeof watchedResources)[number]['resource'];

/**
 * A watched object as the page gets it (pushes, snapshots): slim (slim.ts) —
 * metadata, the scalars of spec and status, and the lists the lab reads (a
 * Pod's containers and their states, conditions' type/status/reason, selectors,
 * ports). The whole object, for the inspector's YAML, comes from `object.inspect`.
 */
export interface KubeObject {
  apiVersion?: string;
  kind?: string;
  metadata: {
    name: string;
    namespace?: string;
    uid?: string;
    resourceVersion?: string;
    labels?: Record<string, string>;
    ownerReferences?: { kind: string; name: string; uid: string; controller?: boolean }[];
    deletionTimestamp?: string;
    [k: string]: unknown;
  };
  spec?: any;
  status?: any;
  [k: string]: unknown;
}

export interface ObjectEvent {
  type: ObjectEventType;
  resource: WatchedResource;
  object: KubeObject;
}

/** Everything the UI needs to (re)build its view of the lab. */
export interface Snapshot {
  seed: number;
  clock: ClockState;
  objects: { resource: WatchedResource; items: KubeObject[] }[];
  /** The most recent audit records, oldest first. */
  audit: AuditRecord[];
}

// ---- requests -------------------------------------------------------------

export interface RequestMap extends LessonRequests {
  /** Open a shell on the student's workstation. */
  'terminal.open': {
    params: { cols: number; rows: number };
    /** `screen` and `history`: a terminal restored by `state.restore`, as it looked and what was typed. */
    result: { terminal: TerminalId; prompt: string; screen?: string; history?: string[] };
  };
  /** One line typed by the student (without its newline). */
  'terminal.input': { params: { terminal: TerminalId; line: string }; result: null };
  /** Ctrl-C: stop the running command or drop a half-typed one. */
  'terminal.interrupt': { params: { terminal: TerminalId }; result: null };
  'terminal.resize': { params: { terminal: TerminalId; cols: number; rows: number }; result: null };
  /** Throw the cluster away and start a fresh one (same seed unless given). */
  'cluster.reset': { params: { seed?: number }; result: Snapshot };
  'clock.setSpeed': { params: { speed: Speed }; result: ClockState };
  /** Move virtual time: by `ms`, or (without it) to the next scheduled event. */
  'clock.step': { params: { ms?: number }; result: ClockState & { advancedMs: number } };
  'state.snapshot': { params: Record<string, never>; result: Snapshot };
  // -- the editor: the workstation's files, apply errors, `kubectl edit` --
  /** The files of a workstation directory (default: the home directory), without dotfiles. */
  'fs.list': { params: { dir?: string }; result: { dir: string; files: FileEntry[] } };
  'fs.read': { params: { path: string }; result: { path: string; content: string } };
  'fs.write': { params: { path: string; content: string }; result: FileEntry };
  /** Markers for kubectl's error `output` about the manifest `content` (422 causes, unknown fields, YAML syntax). */
  'editor.diagnose': { params: { content: string; output: string }; result: { markers: EditorMarker[] } };
  /** The student saved a file opened by `editor.open`: the waiting command (`kubectl edit`) goes on. */
  'editor.saved': { params: { session: number; content: string }; result: null };
  /** The student closed it without saving. */
  'editor.closed': { params: { session: number }; result: null };
  // -- the inspector --
  'object.inspect': { params: { resource: WatchedResource; namespace?: string; name: string }; result: Inspection };
  // -- persistence --
  /** Rebuild the lab by replaying a saved journal on a fresh cluster; terminals it opened wait for `terminal.open`. */
  'state.restore': { params: { lab: SavedLab }; result: { snapshot: Snapshot; digest: string; matches: boolean | null } };
  /** The store's digest now (to save beside the journal and check a replay against). */
  'state.digest': { params: Record<string, never>; result: { now: number; digest: string } };
  // -- the terminal's Tab --
  /** Completions for the word before the cursor of `line` (`cursor` in UTF-16 units, default: the end). */
  'terminal.complete': { params: { terminal: TerminalId; line: string; cursor?: number }; result: Completion };
}

export interface FileEntry {
  path: string;
  name: string;
  size: number;
}

export interface EditorMarker {
  /** 1-based lines and columns, as monaco counts. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
  /** The API field path the marker is about ('' for YAML syntax errors). */
  field: string;
}

/** What the inspector shows about one object; parts that do not apply are absent. */
export interface Inspection {
  resource: WatchedResource;
  kind: string;
  namespace?: string;
  name: string;
  /** The object as `kubectl get -o yaml` prints it. */
  yaml: string;
  /** Events whose involvedObject is this object, oldest first. */
  events: { type: string; reason: string; message: string; count: number; lastTimestamp: string; source: string }[];
  /** The controller chain from the top owner down to this object. */
  owners: { kind: string; name: string; resource?: WatchedResource }[];
  /** Objects this one controls (a Deployment's ReplicaSets, a ReplicaSet's Pods). */
  owned: { kind: string; name: string; resource: WatchedResource }[];
  /** The scheduler's last decision about a Pod (per node and plugin). */
  scheduling?: unknown;
  /** A Pod's containers as the node's kernel sees them (when the runtime exposes it). */
  containers?: unknown;
}

export interface Completion {
  /** Replace line[from, cursor) by one of `items`. */
  from: number;
  items: string[];
  /** The longest common prefix of the items (what a single Tab inserts). */
  common: string;
}

export type Method = keyof RequestMap;
export type Params<M extends Method> = RequestMap[M]['params'];
export type Result<M extends Method> = RequestMap[M]['result'];

export type Request = { [M in Method]: { type: 'request'; id: number; method: M; params: Params<M> } }[Method];

export interface WireError {
  name: string;
  message: string;
}

export type Reply =
  | { type: 'reply'; id: number; ok: true; result: unknown }
  | { type: 'reply'; id: number; ok: false; error: WireError };

// ---- pushes ---------------------------------------------------------------

export type Push =
  /** Terminal output; lines end with `\n` (the terminal turns them into CRLF). */
  | { kind: 'terminal.output'; terminal: TerminalId; data: string }
  /** The shell waits for a line: show `prompt` (`> ` while a command continues). */
  | { kind: 'terminal.idle'; terminal: TerminalId; prompt: string }
  /** The cluster was reset: clear the screen. An idle push follows. */
  | { kind: 'terminal.reset'; terminal: TerminalId }
  | { kind: 'clock'; clock: ClockState }
  /** Watch events: one per object per batch, with its state at the end of the batch (coalesce.ts), in revision order of those states. */
  | { kind: 'objects'; events: ObjectEvent[] }
  | { kind: 'audit'; records: AuditRecord[] }
  /** The current lesson's check marks changed. */
  | LessonPush
  /** A command (`kubectl edit`) opened `path` in the editor; answer with `editor.saved` or `editor.closed`. */
  | { kind: 'editor.open'; session: number; path: string; content: string }
  /** What the student did that changes the cluster, in order, for the saved lab (persistence by replay). */
  | { kind: 'journal'; seed: number; workers: number; entries: JournalEntry[]; /** the cluster was reset: start a new journal */ reset?: boolean }
  /** Something inside the engine threw outside any request. */
  | { kind: 'engine.error'; error: WireError };

/** Pushes are batched: one message per dispatch or tick, in order. */
export interface PushBatch {
  type: 'push';
  pushes: Push[];
}

export type FromEngine = Reply | PushBatch;
export type ToEngine = Request;

export function isReply(m: FromEngine): m is Reply {
  return m.type === 'reply';
}

export function toWireError(e: unknown): WireError {
  if (e instanceof Error) return { name: e.name, message: e.message };
  return { name: 'Error', message: String(e) };
}

/** The key the UI stores an object under: `namespace/name`, or `name` for cluster-scoped objects. */
export function objectKey(o: KubeObject): string {
  return o.metadata.namespace ? `${o.metadata.namespace}/${o.metadata.name}` : o.metadata.name;
}
