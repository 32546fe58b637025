// `npm run bench`: every benchmark under bench/ in turn, each bundled first with
// esbuild into .bench/ and run by plain Node (--expose-gc for heap figures), so the
// engine is measured as it ships (the worker is a bundle too) and not through tsx's
// on-the-fly transform, whose keepNames wraps every closure the engine creates in a
// defineProperty call (~3 KiB more heap per running Pod, slower). Each file prints its
// own figures; `node scripts/bench.mjs cluster` runs only the files named.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = join(root, 'bench');
// One level below the repository, as bench/ is: the files find the repository as `..`.
const outDir = join(root, '.bench');
const only = process.argv.slice(2);

const files = readdirSync(benchDir)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
  .filter((f) => /^export (async )?function run\(/m.test(readFileSync(join(benchDir, f), 'utf8')))
  .filter((f) => !only.length || only.includes(f.replace(/\.ts$/, '')))
  .sort();

let failed = 0;
for (const f of files) {
  const outfile = join(outDir, f.replace(/\.ts$/, '.mjs'));
  await build({
    entryPoints: [join(benchDir, f)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  console.log(`\n# ${f}`);
  // Each file runs itself when it is the program (its import.meta.url is argv[1]).
  const r = spawnSync(process.execPath, ['--expose-gc', outfile], { stdio: 'inherit', cwd: root });
  if (r.status !== 0) {
    failed++;
    console.log(`bench: ${f} exited with ${r.status ?? r.signal}`);
  }
}
process.exitCode = failed ? 1 : 0;
