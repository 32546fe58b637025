// Finds a Chromium for the browser tests: CHROMIUM_PATH, Debian's
// /usr/bin/chromium, or Playwright's own download. Where none is found it
// installs one, saying what it does (Debian as root: apt-get; elsewhere:
// npx playwright install chromium).
import { execSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

function playwrightOwn() {
  try {
    const r = spawnSync(process.execPath, ['-e', "console.log(require('playwright-core').chromium.executablePath())"], { encoding: 'utf8' });
    const p = r.stdout.trim();
    return p && existsSync(p) ? p : undefined;
  } catch {
    return undefined;
  }
}

export function findBrowser() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  for (const c of candidates) if (c && existsSync(c)) return c;
  return playwrightOwn();
}

export function ensureBrowser() {
  const found = findBrowser();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    process.stdout.write('No Chromium found: installing Debian packages chromium and fonts-noto-cjk (apt-get)...\n');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk', { stdio: 'inherit' });
  } else {
    process.stdout.write('No Chromium found: installing Playwright\'s own (npx playwright install chromium)...\n');
    execSync('npx playwright install chromium', { stdio: 'inherit' });
  }
  return findBrowser();
}

if (import.meta.url === `file://${process.argv[1]}`) process.stdout.write(`${ensureBrowser() ?? 'none'}\n`);
