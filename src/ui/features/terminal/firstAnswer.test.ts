// When the deferred panes load: after the first prompt and a quiet moment, or
// after the answer to a command typed at once, but never later than the cap.
import { describe, expect, it } from 'vitest';
import { afterFirstAnswer, type TerminalIdle } from './firstAnswer.js';

/** A terminal and a clock driven by hand: `wait(ms)` resolves when the test moves time past it. */
function harness() {
  let now = 0;
  const timers: { at: number; resolve: () => void }[] = [];
  const idleWaiters: (() => void)[] = [];
  const term: { idle: boolean } & TerminalIdle = {
    idle: false,
    whenIdle: () => (term.idle ? Promise.resolve() : new Promise<void>((r) => idleWaiters.push(r))),
  };
  const flush = () => new Promise((r) => setTimeout(r, 0));
  return {
    term,
    wait: (ms: number) => new Promise<void>((resolve) => timers.push({ at: now + ms, resolve })),
    async advance(ms: number) {
      now += ms;
      for (const t of timers.filter((x) => x.at <= now)) t.resolve();
      await flush();
    },
    async prompt() {
      term.idle = true;
      idleWaiters.splice(0).forEach((w) => w());
      await flush();
    },
    flush,
  };
}

async function track(p: Promise<void>) {
  const s = { done: false };
  void p.then(() => (s.done = true));
  return s;
}

describe('afterFirstAnswer', () => {
  it('waits for the first prompt, then a quiet moment', async () => {
    const h = harness();
    const s = await track(afterFirstAnswer(h.term, h.wait, 150, 1500));
    await h.advance(1000);
    expect(s.done).toBe(false);
    await h.prompt();
    await h.advance(149);
    expect(s.done).toBe(false);
    await h.advance(1);
    expect(s.done).toBe(true);
  });

  it('lets a command typed at the first prompt answer first', async () => {
    const h = harness();
    const s = await track(afterFirstAnswer(h.term, h.wait, 150, 1500));
    await h.prompt();
    h.term.idle = false; // `kubectl get nodes` typed at once
    await h.advance(150);
    await h.advance(400);
    expect(s.done).toBe(false);
    await h.prompt(); // its answer and the next prompt
    expect(s.done).toBe(true);
  });

  it('does not keep the panes waiting on a command that runs on (a watch)', async () => {
    const h = harness();
    const s = await track(afterFirstAnswer(h.term, h.wait, 150, 1500));
    await h.prompt();
    h.term.idle = false;
    await h.advance(150);
    await h.advance(1349);
    expect(s.done).toBe(false);
    await h.advance(1);
    expect(s.done).toBe(true);
  });
});
