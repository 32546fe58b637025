// The terminal other panes type into (the lesson pane's commands, tests).
import type { TerminalController } from './xtermAdapter.js';

let active: TerminalController | undefined;
const waiters: ((t: TerminalController) => void)[] = [];

export function setActiveTerminal(t: TerminalController | undefined): void {
  active = t;
  if (t) for (const w of waiters.splice(0)) w(t);
}

export function activeTerminal(): TerminalController | undefined {
  return active;
}

export function whenTerminal(): Promise<TerminalController> {
  return active ? Promise.resolve(active) : new Promise((r) => waiters.push(r));
}
