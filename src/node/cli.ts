// The kubelab command line: `kubelab run SCRIPT`, `kubelab shell`, and (with
// the lessons) `kubelab pack lint|test PATH`.
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createCluster, type ClusterOptions } from '../engine/cluster/index.js';
import { runTranscript } from '../engine/cluster/transcript.js';
import { pack } from './pack.js';

const usage = `Usage:
  kubelab run SCRIPT [--seed N] [--workers N]   run a terminal script against a fresh cluster and print the session
  kubelab shell [--seed N] [--workers N]        an interactive terminal on a fresh cluster
  kubelab pack lint PATH [--lang zh-CN]         check a lesson pack (folder or single YAML file)
  kubelab pack test PATH [--lesson ID]          run every lesson's solutions headless and report per step
`;

function parseOptions(args: string[]): { rest: string[]; opts: ClusterOptions } {
  const opts: ClusterOptions = {};
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const m = /^--(seed|workers|nodes)(?:=(.*))?$/.exec(a);
    if (m) {
      const v = Number(m[2] ?? args[++i]);
      if (!Number.isInteger(v) || v < 0) throw new Error(`invalid value for --${m[1]}: ${m[2] ?? args[i]}`);
      if (m[1] === 'seed') opts.seed = v;
      else opts.workers = v;
    } else rest.push(a);
  }
  return { rest, opts };
}

function run(args: string[]): number {
  const { rest, opts } = parseOptions(args);
  const file = rest[0];
  if (!file) {
    process.stderr.write(usage);
    return 2;
  }
  const text = file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
  process.stdout.write(runTranscript(createCluster(opts), text));
  return 0;
}

function shell(args: string[]): Promise<number> {
  const { opts } = parseOptions(args);
  const cluster = createCluster(opts);
  const session = cluster.openShell({ write: (s) => process.stdout.write(s) });
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  // Virtual time follows wall time while the shell is open.
  let last = performance.now();
  const tick = setInterval(() => {
    const now = performance.now();
    cluster.advance(now - last);
    last = now;
    if (!session.busy && waiting) {
      waiting = false;
      rl.setPrompt(session.prompt);
      rl.prompt();
    }
  }, 50);
  let waiting = false;
  rl.setPrompt(session.prompt);
  rl.prompt();
  rl.on('SIGINT', () => {
    session.interrupt();
    rl.setPrompt(session.prompt);
    rl.prompt();
  });
  rl.on('line', (line) => {
    session.input(line);
    cluster.settle();
    if (session.hasExited) return rl.close();
    if (session.busy) waiting = true;
    else {
      rl.setPrompt(session.prompt);
      rl.prompt();
    }
  });
  return new Promise((resolve) =>
    rl.on('close', () => {
      clearInterval(tick);
      resolve(0);
    }),
  );
}

async function main(argv: string[]): Promise<number> {
  const [cmd, ...args] = argv;
  try {
    switch (cmd) {
      case 'run':
        return run(args);
      case 'shell':
        return await shell(args);
      case 'pack':
        return pack(args, usage);
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        process.stdout.write(usage);
        return cmd ? 0 : 2;
      default:
        process.stderr.write(`kubelab: unknown command "${cmd}"\n${usage}`);
        return 2;
    }
  } catch (e) {
    process.stderr.write(`kubelab: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}

main(process.argv.slice(2)).then((code) => process.exit(code));
