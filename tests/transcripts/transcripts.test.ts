// Golden terminal sessions: each NAME.sh is what a student types, NAME.golden
// the exact session the terminal shows (seed 1, default cluster). Run with
// UPDATE_GOLDEN=1 to rewrite the goldens, then read the diff as a reviewer.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createCluster } from '../../src/engine/cluster/index.js';
import { runTranscript } from '../../src/engine/cluster/transcript.js';

const dir = dirname(fileURLToPath(import.meta.url));
const scripts = readdirSync(dir).filter((f) => f.endsWith('.sh')).sort();

/** `# seed: 3` / `# workers: 1` header lines configure the cluster. */
function optionsOf(text: string): { seed: number; workers?: number } {
  const seed = /^# seed: (\d+)$/m.exec(text)?.[1];
  const workers = /^# workers: (\d+)$/m.exec(text)?.[1];
  return { seed: seed ? Number(seed) : 1, ...(workers ? { workers: Number(workers) } : {}) };
}

describe('golden transcripts', () => {
  it('has transcripts to check', () => {
    expect(scripts.length).toBeGreaterThan(0);
  });
  for (const file of scripts) {
    it(file.replace(/\.sh$/, ''), () => {
      const text = readFileSync(join(dir, file), 'utf8');
      const script = text
        .split('\n')
        .filter((l) => !/^# (seed|workers): \d+$/.test(l))
        .join('\n');
      const actual = runTranscript(createCluster(optionsOf(text)), script);
      const goldenPath = join(dir, file.replace(/\.sh$/, '.golden'));
      if (process.env.UPDATE_GOLDEN === '1' || !existsSync(goldenPath)) {
        writeFileSync(goldenPath, actual);
        if (process.env.UPDATE_GOLDEN !== '1') throw new Error(`wrote missing golden ${goldenPath}; review it and rerun`);
        return;
      }
      expect(actual).toBe(readFileSync(goldenPath, 'utf8'));
    });
  }
});

describe('determinism', () => {
  // Same seed + same commands = byte-identical output, with a seed the goldens don't use.
  for (const name of ['deployment', 'pod-lifecycle', 'scheduling']) {
    it(`replays ${name} byte for byte with seed 7`, () => {
      const file = join(dir, `${name}.sh`);
      if (!existsSync(file)) throw new Error(`missing ${file}`);
      const text = readFileSync(file, 'utf8');
      const a = runTranscript(createCluster({ ...optionsOf(text), seed: 7 }), text);
      const b = runTranscript(createCluster({ ...optionsOf(text), seed: 7 }), text);
      expect(a).toBe(b);
      // …and the seed really is the source of names: seed 7 differs from the seed-1 golden.
      if (name === 'deployment') expect(a).not.toBe(readFileSync(join(dir, `${name}.golden`), 'utf8'));
    });
  }
});
