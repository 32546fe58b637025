// `window.__lab`: a small handle for Playwright (and curious developers) to
// drive the page the way a student does and read what the student sees.
import type { ClockState, KubeObject, WatchedResource } from '../../engine/protocol/index.js';
import { useLab } from '../state/labStore.js';
import { whenTerminal } from '../features/terminal/activeTerminal.js';

export interface LabHandle {
  /** The terminal's screen and scrollback as text. */
  terminalText(): Promise<string>;
  /** Type keys into the terminal (e.g. `'\x03'` for Ctrl-C). */
  type(data: string): Promise<void>;
  /** Type a line and press Enter; resolves when the prompt is back, with the text it added. */
  run(line: string): Promise<string>;
  /** Resolves when the shell shows its prompt and nothing typed ahead waits. */
  waitIdle(): Promise<void>;
  clock(): ClockState;
  objects(resource: WatchedResource): KubeObject[];
}

export function installLabHandle(): void {
  const handle: LabHandle = {
    terminalText: async () => (await whenTerminal()).text(),
    type: async (data) => (await whenTerminal()).type(data),
    run: async (line) => {
      const term = await whenTerminal();
      await term.whenIdle();
      const before = term.text();
      term.type(`${line}\r`);
      await term.whenIdle();
      const after = term.text();
      return after.startsWith(before) ? after.slice(before.length) : after;
    },
    waitIdle: async () => (await whenTerminal()).whenIdle(),
    clock: () => useLab.getState().clock,
    objects: (resource) => Object.values(useLab.getState().objects[resource]),
  };
  (window as unknown as { __lab: LabHandle }).__lab = handle;
}
