// GNU coreutils 9.1 tee (src/tee.c: stdin to stdout and every FILE, -a appends) and GNU
// findutils 4.9 xargs (words of stdin, quotes and backslashes honoured, appended to the
// command, -n per run, -I replace, -r, -t; exit 123 when a run fails, 127 not found).
import { FsError, resolvePath } from '../fs.js';
import { isJob, type Job, type Program } from '../types.js';
import { getopt, printInfo, usage, UsageError } from './textio.js';

export const tee: Program = (argv, io) => {
  let parsed;
  try {
    parsed = getopt('tee', argv, { short: 'aip', long: { append: { key: 'a' }, 'ignore-interrupts': { key: 'i' } } });
    if (parsed.info) return printInfo(io, 'tee', parsed.info);
  } catch (e) {
    if (e instanceof UsageError) return usage(io, 'tee', e.message);
    throw e;
  }
  let status = 0;
  for (const f of parsed.operands) {
    if (f === '-') continue;
    const path = resolvePath(io.cwd, f, io.env.get('HOME') ?? '/root');
    try {
      if (io.fs.stat(path)?.type === 'dir') throw new FsError('EISDIR', path);
      io.fs.writeFile(path, io.stdin, { append: parsed.opts.has('a') });
    } catch (e) {
      if (!(e instanceof FsError)) throw e;
      io.stderr(`tee: ${f}: ${e.message}\n`);
      status = 1;
    }
  }
  io.stdout(io.stdin);
  return status;
};

/** xargs' default input parsing: blanks and newlines separate, '…' "…" and \x quote. */
function words(input: string): { words: string[]; error?: string } {
  const out: string[] = [];
  let cur = '';
  let inWord = false;
  for (let i = 0; i < input.length; i++) {
    const c = input[i]!;
    if (c === ' ' || c === '\t' || c === '\n') {
      if (inWord) out.push(cur);
      cur = '';
      inWord = false;
    } else if (c === "'" || c === '"') {
      const end = input.indexOf(c, i + 1);
      const nl = input.indexOf('\n', i + 1);
      if (end < 0 || (nl >= 0 && nl < end)) {
        const which = c === "'" ? 'single' : 'double';
        return { words: out, error: `unmatched ${which} quote; by default quotes are special to xargs unless you use the -0 option` };
      }
      cur += input.slice(i + 1, end);
      inWord = true;
      i = end;
    } else if (c === '\\' && i + 1 < input.length) {
      cur += input[++i];
      inWord = true;
    } else {
      cur += c;
      inWord = true;
    }
  }
  if (inWord) out.push(cur);
  return { words: out };
}

export const xargs: Program = (argv, io) => {
  let parsed;
  let perRun = Infinity;
  try {
    parsed = getopt('xargs', argv, {
      short: 'n:I:rt',
      stopAtOperand: true,
      long: { 'max-args': { key: 'n', arg: true }, 'no-run-if-empty': { key: 'r' }, verbose: { key: 't' }, replace: { key: 'I', arg: true } },
    });
    if (parsed.info) return printInfo(io, 'xargs', parsed.info);
    const n = parsed.opts.get('n')?.at(-1);
    if (n !== undefined) {
      if (!/^\s*[+-]?\d+$/.test(n)) throw new UsageError(`xargs: invalid number "${n}" for -n option`);
      if (Number(n) < 1) throw new UsageError(`xargs: value ${Number(n)} for -n option should be >= 1`);
      perRun = Number(n);
    }
  } catch (e) {
    if (e instanceof UsageError) return usage(io, 'xargs', e.message);
    throw e;
  }
  const command = parsed.operands.length ? parsed.operands : ['echo'];
  const replace = parsed.opts.get('I')?.at(-1);
  const trace = parsed.opts.has('t');
  const parsedInput = words(io.stdin);
  const runs: string[][] = [];
  if (replace !== undefined) {
    // -I: one run per input line, the line (leading blanks dropped) replacing every occurrence.
    for (const line of io.stdin.split('\n')) {
      const arg = line.replace(/^[ \t]+/, '');
      if (arg) runs.push(command.map((w) => w.split(replace).join(arg)));
    }
  } else {
    const ws = parsedInput.words;
    for (let i = 0; i < ws.length; i += perRun === Infinity ? ws.length : perRun) runs.push([...command, ...ws.slice(i, i + (perRun === Infinity ? ws.length : perRun))]);
    if (!ws.length && !parsedInput.error && !parsed.opts.has('r')) runs.push([...command]);
  }
  return (function* (): Job {
    let status = 0;
    for (const run of runs) {
      if (trace) io.stderr(run.join(' ') + '\n');
      let r = io.run(run, '');
      if (isJob(r)) r = yield* r;
      if (r === 127 || r === 126) return r;
      if (r === 255) {
        io.stderr(`xargs: ${run[0]}: exited with status 255; aborting\n`);
        return 124;
      }
      if (r !== 0) status = 123;
    }
    if (parsedInput.error) {
      io.stderr(`xargs: ${parsedInput.error}\n`);
      return 1;
    }
    return status;
  })();
};
