// The UI's picture of the lab, fed only by the engine's pushes and snapshots:
// the clock, the watched objects (for the diagram), recent audit records and
// the engine's health. Components read it; nothing here computes cluster logic.
import { create } from 'zustand';
import {
  objectKey,
  watchedResources,
  type AuditRecord,
  type ClockState,
  type KubeObject,
  type Push,
  type Snapshot,
  type WatchedResource,
  type WireError,
} from '../../engine/protocol/index.js';

export type ObjectsByResource = Record<WatchedResource, Record<string, KubeObject>>;

export interface LabState {
  status: 'starting' | 'ready' | 'crashed';
  crash?: WireError;
  /** Errors pushed by the engine (a component threw); the lab keeps running. */
  engineErrors: WireError[];
  seed: number;
  clock: ClockState;
  objects: ObjectsByResource;
  /** The most recent API requests, newest last. */
  audit: AuditRecord[];
  applySnapshot(s: Snapshot): void;
  applyPushes(pushes: Push[]): void;
  setCrashed(e: WireError): void;
  dismissEngineError(): void;
}

export const auditWindow = 200;

function emptyObjects(): ObjectsByResource {
  return Object.fromEntries(watchedResources.map((r) => [r.resource, {}])) as ObjectsByResource;
}

export const useLab = create<LabState>()((set) => ({
  status: 'starting',
  engineErrors: [],
  seed: 1,
  clock: { now: 0, speed: 1 },
  objects: emptyObjects(),
  audit: [],

  applySnapshot: (s) => {
    const objects = emptyObjects();
    for (const { resource, items } of s.objects) for (const o of items) objects[resource][objectKey(o)] = o;
    set({ status: 'ready', seed: s.seed, clock: s.clock, objects, audit: s.audit.slice(-auditWindow) });
  },

  applyPushes: (pushes) =>
    set((state) => {
      let clock = state.clock;
      let objects = state.objects;
      let audit = state.audit;
      let engineErrors = state.engineErrors;
      const copied = new Set<WatchedResource>();
      for (const p of pushes) {
        if (p.kind === 'clock') clock = p.clock;
        else if (p.kind === 'audit') audit = [...audit, ...p.records].slice(-auditWindow);
        else if (p.kind === 'engine.error') engineErrors = [...engineErrors, p.error].slice(-5);
        else if (p.kind === 'objects') {
          if (objects === state.objects) objects = { ...objects };
          for (const e of p.events) {
            if (!copied.has(e.resource)) {
              objects[e.resource] = { ...objects[e.resource] };
              copied.add(e.resource);
            }
            const key = objectKey(e.object);
            if (e.type === 'DELETED') delete objects[e.resource][key];
            else objects[e.resource][key] = e.object;
          }
        }
      }
      return { clock, objects, audit, engineErrors };
    }),

  setCrashed: (crash) => set({ status: 'crashed', crash }),
  dismissEngineError: () => set((s) => ({ engineErrors: s.engineErrors.slice(1) })),
}));
