import { describe, expect, it } from 'vitest';
import { VirtualClock } from '../clock/clock.js';
import { MemoryFS } from './fs.js';
import type { ShellState } from './interp.js';
import { coreutils } from './programs/coreutils.js';
import { ShellSession } from './session.js';
import type { Job, Program } from './types.js';

function state(clock: VirtualClock, name: string, programs: Map<string, Program>): ShellState {
  return {
    fs: new MemoryFS(() => clock.now()),
    programs,
    vars: new Map([['HOME', '/root']]),
    exported: new Set(['HOME']),
    aliases: new Map(),
    cwd: '/',
    home: '/root',
    shellName: name,
    pid: 1,
    lastStatus: 0,
    columns: 80,
    now: () => clock.now(),
  };
}

/** An outer shell whose `nest` program attaches an inner shell (prompt `inner# `), like `kubectl exec -it`. */
function setup() {
  const clock = new VirtualClock(0);
  let out = '';
  const done: { line: string; output: string; exitCode: number }[] = [];
  let idles = 0;
  const innerPrograms = new Map<string, Program>(Object.entries(coreutils));
  const outerPrograms = new Map<string, Program>(Object.entries(coreutils));
  outerPrograms.set('nest', (_argv, io) =>
    (function* (): Job {
      let status = -1;
      yield {
        kind: 'attach',
        open(term, end) {
          const st = state(clock, 'sh', innerPrograms);
          st.onExit = (code) => {
            status = code;
            end(code);
          };
          return new ShellSession(st, clock, term, () => 'inner# ');
        },
      };
      io.stdout(`inner exited ${status}\n`);
      return status;
    })(),
  );
  const outer = new ShellSession(state(clock, 'bash', outerPrograms), clock, { write: (s) => (out += s), idle: () => idles++, commandDone: (r) => done.push(r) }, () => 'outer$ ');
  const run = (line: string) => {
    outer.input(line);
    clock.runDue();
    while (outer.busy && clock.nextTimerAt() !== undefined) clock.step();
    clock.runDue();
  };
  return { clock, outer, run, out: () => out, done, idles: () => idles };
}

describe('nested sessions (attach)', () => {
  it('hands lines, the prompt and Ctrl-C to the inner session until it exits, then resumes the job with its status', () => {
    const s = setup();
    s.run('nest');
    expect(s.outer.prompt).toBe('inner# ');
    expect(s.outer.busy).toBe(false);
    s.run('echo hello');
    expect(s.out()).toContain('hello\n');
    expect(s.done.at(-1)).toEqual({ line: 'echo hello', output: 'hello\n', exitCode: 0 });
    s.run('exit 3');
    expect(s.outer.prompt).toBe('outer$ ');
    expect(s.out()).toContain('inner exited 3\n');
    expect(s.outer.state.lastStatus).toBe(3);
    expect(s.done.at(-1)).toMatchObject({ line: 'nest', exitCode: 3 });
  });

  it('Ctrl-C stops the inner job, not the outer one; type-ahead waits for the inner job', () => {
    const s = setup();
    s.run('nest');
    s.outer.input('sleep 100');
    s.clock.runDue();
    expect(s.outer.busy).toBe(true);
    s.outer.input('echo after');
    s.outer.interrupt();
    s.clock.runDue();
    expect(s.outer.busy).toBe(false);
    expect(s.outer.prompt).toBe('inner# ');
    expect(s.out()).toContain('^C\n');
    expect(s.out()).not.toContain('after');
    s.run('exit');
    expect(s.outer.prompt).toBe('outer$ ');
  });

  it('an attach whose session ends at once resumes the job without taking the terminal', () => {
    const clock = new VirtualClock(0);
    let out = '';
    const programs = new Map<string, Program>([
      [
        'quick',
        () =>
          (function* (): Job {
            yield { kind: 'attach', open: (_t, end) => (end(0), { prompt: '', busy: false, input() {}, interrupt() {} }) };
            return 0;
          })(),
      ],
      ['echo', coreutils.echo!],
    ]);
    const s = new ShellSession(state(clock, 'bash', programs), clock, { write: (x) => (out += x) }, () => '$ ');
    s.input('quick && echo back');
    clock.runDue();
    expect(s.busy).toBe(false);
    expect(s.prompt).toBe('$ ');
    expect(out).toBe('back\n');
  });
});
