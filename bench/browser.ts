// Issue 5's browser figures, in headless Chromium (CHROMIUM_PATH or
// /usr/bin/chromium, through playwright-core) against `vite preview` of a
// production build this bench makes itself (in a temporary directory, served
// on a free localhost port, stopped at the end):
//  (a) navigation to a terminal whose `kubectl get nodes` has answered: median
//      of 5 fresh page loads (new browser context each: no cache, no storage);
//      target < 1.5 s;
//  (b) JavaScript transferred before the editor loads (a fresh lab has no
//      files, so monaco is not fetched): encoded bytes as served (vite preview
//      gzips) and gzip -9 of the same built files; target ≤ 350 KiB gzip;
//  (c) frame time p95 from requestAnimationFrame deltas over 5 s while
//      `kubectl create deployment big --image=nginx --replicas=500` scales up
//      at 60× with the diagram live, once the editor's lazy load is over;
//      target ≤ 16.7 ms, judged at the page clock's 0.1 ms resolution (a frame
//      on every vsync reads 16.6–16.8 ms); also the frames over 25 and 50 ms,
//      and the same page's idle p95;
//  (d) memory of the tab holding 1,000 Pods: JS heap of the page (CDP
//      Performance.getMetrics) and of the engine's worker (CDP
//      Runtime.getHeapUsage through Target.sendMessageToTarget), and the
//      renderer process's resident memory (/proc, Linux).
// performance.measureUserAgentSpecificMemory needs a cross-origin-isolated
// page, which `vite preview` does not serve; it is used when available.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const viteBin = join(root, 'node_modules/vite/bin/vite.js');
const LOADS = Number(process.env.BENCH_LOADS ?? 5);

interface LabWindow {
  __lab: {
    run(line: string): Promise<string>;
    waitIdle(): Promise<void>;
    objects(resource: string): { metadata: { name: string }; status?: { phase?: string } }[];
  };
}

const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const mib = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? NaN;
};
/** performance.now()'s resolution on a page that is not cross-origin isolated (Chromium coarsens it to 100 µs). */
const clockResolutionMs = 0.1;
const verdict = (ok: boolean) => (ok ? 'ok' : 'MISSED');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

async function waitForServer(url: string, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`vite preview exited with ${server.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`vite preview did not answer on ${url}`);
}

async function openLab(browser: Browser, url: string, record = false): Promise<{ context: BrowserContext; page: Page; answeredMs: number; answeredEpoch: number; scripts?: Map<string, Fetched> }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  // tsx compiles with esbuild's keepNames: functions passed to evaluate() call __name.
  await context.addInitScript('globalThis.__name = (f) => f; localStorage.setItem("kubelab.language", "en");');
  const page = await context.newPage();
  const scripts = record ? await recordScripts(page) : undefined;
  await page.goto(url);
  await page.waitForFunction(() => Boolean((window as unknown as LabWindow).__lab));
  const { at, epoch, out } = await page.evaluate(async () => {
    const lab = (window as unknown as LabWindow).__lab;
    await lab.waitIdle();
    const out = await lab.run('kubectl get nodes');
    return { at: performance.now(), epoch: performance.timeOrigin + performance.now(), out };
  });
  if (!/node02\s+Ready/.test(out)) throw new Error(`kubectl get nodes answered:\n${out}`);
  return { context, page, answeredMs: at, answeredEpoch: epoch, scripts };
}

/** A script's encoded (as served) body size, and when its request started (ms since 1970, the browser's clock). */
interface Fetched {
  served: number;
  start: number;
}

/** JS the page and its worker fetched, by URL. */
async function recordScripts(page: Page): Promise<Map<string, Fetched>> {
  const fetched = new Map<string, Fetched>();
  page.on('requestfinished', (r) => {
    if (!/\.m?js(\?|$)/.test(r.url())) return;
    const start = r.timing().startTime;
    void r.sizes().then(
      (s) => fetched.set(r.url(), { served: s.responseBodySize, start }),
      () => fetched.set(r.url(), { served: 0, start }),
    );
  });
  return fetched;
}

/** The engine worker's JS heap, through the browser's CDP (workers are targets of their own). */
async function workerHeap(browser: Browser): Promise<number | undefined> {
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string; url: string }[] };
    const worker = targetInfos.find((t) => t.type === 'worker' && /worker/.test(t.url));
    if (!worker) return undefined;
    const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false })) as { sessionId: string };
    // Messages to the worker are answered in order; the heap is read after a full collection has answered.
    const answers = new Map<number, (m: { result?: { usedSize?: number }; error?: unknown }) => void>();
    cdp.on('Target.receivedMessageFromTarget', (e: { sessionId: string; message: string }) => {
      if (e.sessionId !== sessionId) return;
      const m = JSON.parse(e.message) as { id?: number; result?: { usedSize?: number }; error?: unknown };
      if (m.id !== undefined) answers.get(m.id)?.(m);
    });
    let id = 0;
    const call = (method: string) =>
      new Promise<{ result?: { usedSize?: number }; error?: unknown }>((resolve) => {
        answers.set(++id, resolve);
        setTimeout(() => resolve({ error: 'timeout' }), 10_000);
        void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
      });
    await call('HeapProfiler.enable');
    const gc = await call('HeapProfiler.collectGarbage');
    if (gc.error) console.log(`browser:   worker heap: no forced collection (${JSON.stringify(gc.error)})`);
    return (await call('Runtime.getHeapUsage')).result?.usedSize;
  } catch {
    return undefined;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** Resident memory of the renderer processes (the tab and its worker live in one). */
async function rendererRss(browser: Browser): Promise<number | undefined> {
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo')) as { processInfo: { type: string; id: number }[] };
    let total = 0;
    for (const p of processInfo.filter((x) => x.type === 'renderer')) {
      const status = readFileSync(`/proc/${p.id}/status`, 'utf8');
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      total += kb * 1024;
    }
    return total || undefined;
  } catch {
    return undefined;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

async function pageHeap(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
}

/** rAF deltas over `ms` of wall time, typing `line` into the terminal at the start (in the page). */
async function rafDeltas({ ms, line }: { ms: number; line?: string }): Promise<number[]> {
  const deltas: number[] = [];
  let stop = false;
  let last = 0;
  const loop = (t: number) => {
    if (last) deltas.push(t - last);
    last = t;
    if (!stop) requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
  const typed = line ? (window as unknown as LabWindow).__lab.run(line) : undefined;
  await new Promise((r) => setTimeout(r, ms));
  stop = true;
  await typed;
  return deltas;
}

/** Waits for the editor's lazy load and then for 30 frames in a row under 20 ms (at most 15 s); says what it waited for. */
async function settle(page: Page): Promise<string> {
  const t0 = Date.now();
  const editor = await page
    .waitForFunction(() => performance.getEntriesByType('resource').some((e) => /monacoAdapter/.test(e.name)), undefined, { timeout: 15_000 })
    .then(() => true, () => false);
  const quiet = await page.evaluate(
    () =>
      new Promise<boolean>((resolve) => {
        let run = 0;
        let last = 0;
        const deadline = performance.now() + 10_000;
        const loop = (t: number) => {
          run = last && t - last < 20 ? run + 1 : 0;
          last = t;
          if (run >= 30 || t > deadline) resolve(run >= 30);
          else requestAnimationFrame(loop);
        };
        requestAnimationFrame(loop);
      }),
  );
  return `measured after the editor's load (${editor ? 'loaded' : 'not seen'}) and ${quiet ? '30 quiet frames' : 'no quiet spell'}, ${Date.now() - t0} ms after the first answer`;
}

async function countBig(page: Page): Promise<{ pods: number; running: number }> {
  return page.evaluate(() => {
    const pods = (window as unknown as LabWindow).__lab.objects('pods').filter((p) => p.metadata.name.startsWith('big-'));
    return { pods: pods.length, running: pods.filter((p) => p.status?.phase === 'Running').length };
  });
}

export async function run(): Promise<void> {
  const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((p): p is string => Boolean(p && existsSync(p)));
  if (!executablePath) {
    console.log('browser: skipped (no Chromium: set CHROMIUM_PATH)');
    return;
  }
  const outDir = mkdtempSync(join(tmpdir(), 'kubelab-bench-'));
  let server: ChildProcess | undefined;
  let browser: Browser | undefined;
  try {
    const t0 = Date.now();
    const build = spawnSync(process.execPath, [viteBin, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], { cwd: root, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`vite build failed:\n${build.stderr}${build.stdout}`);
    console.log(`browser: production build in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    const port = await freePort();
    server = spawn(process.execPath, [viteBin, 'preview', '--outDir', outDir, '--port', String(port), '--strictPort', '--host', '127.0.0.1'], { cwd: root, stdio: 'ignore' });
    const url = `http://127.0.0.1:${port}/`;
    await waitForServer(url, server);
    // BENCH_NICE=-10 (root): Chromium at a higher priority, shielded from other work on a shared machine.
    const nice = process.env.BENCH_NICE;
    const launchPath = nice ? join(outDir, 'chromium-nice.sh') : executablePath;
    if (nice) {
      writeFileSync(launchPath, `#!/bin/sh\nexec nice -n ${Number(nice)} ${executablePath} "$@"\n`, { mode: 0o755 });
      console.log(`browser: Chromium runs at nice ${Number(nice)} (BENCH_NICE)`);
    }
    browser = await chromium.launch({ executablePath: launchPath, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });

    // (a) and (b): fresh loads; the first one also records the scripts it fetched.
    const times: number[] = [];
    let scripts = new Map<string, Fetched>();
    let answeredEpoch = 0;
    for (let i = 0; i < LOADS; i++) {
      const r = await openLab(browser, url, i === 0);
      times.push(r.answeredMs);
      if (r.scripts) {
        scripts = r.scripts;
        answeredEpoch = r.answeredEpoch;
        // The worker fetches its after-the-answer chunk (src/engine/lazy) a second after the first line: list it too.
        await r.page.waitForTimeout(2500);
      }
      await r.context.close();
    }
    const nav = median(times);
    console.log(`browser: navigation → terminal with \`kubectl get nodes\` answered: median ${nav.toFixed(0)} ms of ${LOADS} fresh loads (${times.map((t) => t.toFixed(0)).join(', ')}) — target < 1500 ms: ${verdict(nav < 1500)}`);

    const editorChunk = /monaco|editor\.api|editor\.worker|yaml\.worker/;
    const engineWorker = /\/(worker|afterAnswer)-[^/]*\.js$/;
    const sum = { page: { gz: 0, served: 0 }, worker: { gz: 0, served: 0 } };
    const parts: string[] = [];
    const later: string[] = [];
    for (const [u, { served, start }] of scripts) {
      if (editorChunk.test(u)) continue;
      const path = new URL(u).pathname;
      const file = join(outDir, path);
      const g = existsSync(file) ? gzipSync(readFileSync(file), { level: 9 }).length : served;
      // Only what was requested before `kubectl get nodes` answered counts.
      if (start >= answeredEpoch) {
        later.push(`${path.replace('/assets/', '')} ${kib(g)}`);
        continue;
      }
      const into = engineWorker.test(path) ? sum.worker : sum.page;
      into.gz += g;
      into.served += served;
      parts.push(`${path.replace('/assets/', '')} ${kib(g)}`);
    }
    const editorFetched = [...scripts.keys()].some((u) => editorChunk.test(u));
    const total = sum.page.gz + sum.worker.gz;
    console.log(
      `browser: JavaScript before the editor loads, gzip -9: ${kib(total)} = page ${kib(sum.page.gz)} + engine worker ${kib(sum.worker.gz)} (${kib(sum.page.served + sum.worker.served)} as served by vite preview) — target ≤ 350 KiB: ${verdict(total <= 350 * 1024)} (page alone: ${verdict(sum.page.gz <= 350 * 1024)})`,
    );
    console.log(`browser:   ${parts.join(' · ')}${editorFetched ? ' (monaco was fetched too; not counted)' : ''}`);
    if (later.length) console.log(`browser:   fetched after the answer (not counted): ${later.join(' · ')}`);

    // (c) frame time while 500 Pods scale up at 60× with the diagram live.
    const { context, page } = await openLab(browser, url);
    // The editor (monaco) loads once the terminal is idle: a one-off ~150 ms of
    // script evaluation, not the scale-up's. Start from a page that has done it.
    const settled = await settle(page);
    await page.getByTestId('speed-60').click();
    const idle = await page.evaluate(rafDeltas, { ms: 2000 });
    const frames = await page.evaluate(rafDeltas, { ms: 5000, line: 'kubectl create deployment big --image=nginx --replicas=500' });
    const after5s = await countBig(page);
    const p95 = percentile(frames, 95);
    // rAF deltas at 60 Hz are one vsync (16.67 ms) as read through a clock that Chromium
    // coarsens to 100 µs on a page that is not cross-origin isolated (vite preview's), so
    // a frame on every vsync reads 16.6–16.8 ms: the target is judged at that resolution
    // (p95 ≤ 16.7 ms + 0.1 ms). The frames that took longer than 1.5 vsyncs are the ones
    // a student sees stutter.
    const dropped = frames.filter((f) => f > 25).length;
    const over50 = frames.filter((f) => f > 50).length;
    console.log(
      `browser: frame time while 500 Pods scale up at 60× (diagram live): p95 ${p95.toFixed(1)} ms, p50 ${percentile(frames, 50).toFixed(1)} ms, max ${Math.max(...frames).toFixed(1)} ms over ${frames.length} frames, ${dropped} longer than 25 ms (${((100 * dropped) / frames.length).toFixed(1)}%), ${over50} longer than 50 ms; ${after5s.pods} Pods (${after5s.running} Running) after 5 s — target p95 ≤ 16.7 ms at the clock's 0.1 ms resolution: ${verdict(p95 <= 16.7 + clockResolutionMs + 1e-9)}`,
    );
    console.log(`browser:   the same page idle for 2 s before: p95 ${percentile(idle, 95).toFixed(1)} ms, max ${Math.max(...idle).toFixed(1)} ms (the vsync floor); ${settled}`);

    // (d) memory with 1,000 Pods.
    await page.evaluate(() => (window as unknown as LabWindow).__lab.run('kubectl scale deployment big --replicas=1000'));
    // Two workers hold 110 Pods each (the kubelet's maxPods): the rest stay Pending, as in Kubernetes.
    const deadline = Date.now() + 60_000;
    let held = await countBig(page);
    for (let still = 0; still < 4 && Date.now() < deadline; ) {
      await page.waitForTimeout(500);
      const now = await countBig(page);
      still = now.pods >= 1000 && now.running === held.running ? still + 1 : 0;
      held = now;
    }
    const cdp = await context.newCDPSession(page);
    const heap = await pageHeap(cdp);
    const worker = await workerHeap(browser);
    const rss = await rendererRss(browser);
    const uasm = await page.evaluate(async () => {
      const m = (performance as unknown as { measureUserAgentSpecificMemory?: () => Promise<{ bytes: number }> }).measureUserAgentSpecificMemory;
      return typeof m === 'function' && crossOriginIsolated ? (await m.call(performance)).bytes : undefined;
    });
    console.log(
      `browser: memory of the tab holding ${held.pods} Pods (${held.running} Running): page JS heap ${mib(heap)}, engine worker JS heap ${worker === undefined ? 'n/a' : mib(worker)}${uasm === undefined ? '' : `, measureUserAgentSpecificMemory ${mib(uasm)}`}, renderer RSS ${rss === undefined ? 'n/a' : mib(rss)}`,
    );
    await context.close();
  } finally {
    await browser?.close().catch(() => {});
    if (server && server.exitCode === null) server.kill();
    rmSync(outDir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await run();
