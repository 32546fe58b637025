// Starts the engine and keeps the lab store in step with it: the first
// snapshot, then every push batch (once per animation frame) and crashes.
import { EngineClient } from './client.js';
import { useLab } from '../state/labStore.js';

export function connectEngine(client = new EngineClient()): EngineClient {
  const lab = useLab.getState();
  client.subscribe((pushes) => useLab.getState().applyPushes(pushes));
  client.onCrash((e) => useLab.getState().setCrashed(e));
  client.request('state.snapshot', {}).then(
    (s) => useLab.getState().applySnapshot(s),
    (e: Error) => lab.setCrashed({ name: e.name, message: e.message }),
  );
  return client;
}
