// `npm run bench`: runs every benchmark under bench/ in turn; each prints its
// own figures (medians and ratios measured in this one run).
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dir = dirname(fileURLToPath(import.meta.url));
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && f !== 'run.ts' && !f.endsWith('.test.ts'))
  .sort();

for (const f of files) {
  const mod = (await import(pathToFileURL(join(dir, f)).href)) as { run?: () => Promise<void> | void };
  if (typeof mod.run === 'function') {
    console.log(`\n# ${f}`);
    await mod.run();
  }
}
