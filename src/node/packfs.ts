// Reads a lesson pack from disk for the CLI and tests: a folder (every text
// file under it, by path relative to it) or a single YAML file.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';

const skip = new Set(['node_modules', '.git', 'dist']);

export function readPackFiles(path: string): Record<string, string> {
  const st = statSync(path);
  if (!st.isDirectory()) return { [basename(path)]: readFileSync(path, 'utf8') };
  const out: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      if (skip.has(name) || name.startsWith('.')) continue;
      const p = join(dir, name);
      const s = statSync(p);
      if (s.isDirectory()) walk(p);
      else if (s.size < 1_000_000) out[relative(path, p).split(sep).join('/')] = readFileSync(p, 'utf8');
    }
  };
  walk(path);
  return out;
}
