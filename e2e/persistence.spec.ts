// Persistence: a reload finds the cluster as it was (replayed from the saved
// journal), with the terminal's screen and history, editor files, language and
// the paused clock; "Reset lab" forgets it; corrupted storage gives a notice
// and a fresh lab.
import { expect, test } from '@playwright/test';
import { openLab, run, shot, terminalText } from './lab.js';

test('reload keeps the cluster, terminal, editor files, language and paused clock', async ({ page }) => {
  await openLab(page);
  await run(page, 'kubectl create deployment web --image=nginx --replicas=2');
  await run(page, 'kubectl create namespace shop');
  await page.getByTestId('new-file').click();
  await page.getByTestId('new-file-name').fill('notes.yaml');
  await page.getByTestId('new-file-name').press('Enter');
  await page.waitForFunction(() => Boolean(window.__labEditor));
  await page.evaluate(() => window.__labEditor.ready());
  await page.evaluate(() => window.__labEditor.setText('kind: Pod\n'));
  await page.evaluate(() => window.__labEditor.save());
  await expect.poll(() => page.evaluate(() => window.__lab.objects('pods').filter((p) => p.metadata.name.startsWith('web-')).length)).toBe(2);
  await page.getByTestId('language').selectOption('zh-CN');
  await page.getByTestId('speed-pause').click();
  // Read the paused time only once the engine has answered the pause (its clock push ends the ticks).
  await expect.poll(() => page.evaluate(() => window.__lab.clock().speed)).toBe(0);
  await page.waitForTimeout(300);
  const before = await page.evaluate(() => window.__lab.clock().now);
  const pods = (await page.evaluate(() => window.__lab.objects('pods').map((p) => p.metadata.name))).sort();
  await page.waitForTimeout(800); // the journal is saved within 300 ms of a change

  await page.reload();
  await page.waitForFunction(() => Boolean(window.__lab));
  await page.evaluate(() => window.__lab.waitIdle());
  await expect(page.getByTestId('restore-restored')).toContainText('重放了 2 条命令');
  // The same Pods (same generated names), the same virtual time, still paused.
  expect((await page.evaluate(() => window.__lab.objects('pods').map((p) => p.metadata.name))).sort()).toEqual(pods);
  expect(await page.evaluate(() => window.__lab.clock())).toEqual({ now: before, speed: 0 });
  const screen = await terminalText(page);
  expect(screen).toContain('controlplane:~$ kubectl create deployment web --image=nginx --replicas=2\ndeployment.apps/web created\n');
  expect(screen).toContain('controlplane:~$ kubectl create namespace shop\nnamespace/shop created\n');
  await expect(page.getByTestId('editor-tab-notes.yaml')).toBeVisible();
  // History: Up brings back the last command.
  await page.evaluate(() => window.__lab.type('\x1b[A'));
  await expect.poll(() => terminalText(page)).toMatch(/controlplane:~\$ kubectl create namespace shop$/);
  await page.evaluate(() => window.__lab.type('\x03'));
  expect(await run(page, 'kubectl get ns shop -o name')).toContain('namespace/shop');
  await shot(page, 'reloaded');

  // Reset lab forgets it all.
  page.once('dialog', (d) => void d.accept());
  await page.getByTestId('reset').click();
  await expect.poll(() => page.evaluate(() => window.__lab.objects('pods').filter((p) => p.metadata.name.startsWith('web-')).length)).toBe(0);
  await page.waitForTimeout(800);
  await page.reload();
  await page.waitForFunction(() => Boolean(window.__lab));
  await page.evaluate(() => window.__lab.waitIdle());
  expect(await run(page, 'kubectl get deploy')).toContain('No resources found in default namespace.');
  await expect(page.getByTestId('editor-tab-notes.yaml')).toHaveCount(0);
});

test('corrupted storage: a clear notice and a fresh lab, never a blank page', async ({ page, context }) => {
  await openLab(page);
  await run(page, 'kubectl create deployment web --image=nginx');
  await page.waitForTimeout(800);
  // Close the lab (it saves as it runs), then spoil its saved data from a blank page of the same origin.
  await page.close();
  const blank = await context.newPage();
  await blank.route('**/*', (r) => r.fulfill({ contentType: 'text/html', body: '<!doctype html><title>blank</title>' }));
  await blank.goto('/');
  await blank.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('kubelab', 1);
        req.onsuccess = () => {
          const tx = req.result.transaction('lab', 'readwrite');
          tx.objectStore('lab').put({ version: 1, seed: 'x', entries: 'garbage' }, 'lab');
          tx.oncomplete = () => {
            req.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        req.onerror = () => reject(req.error);
      }),
  );
  await blank.unrouteAll();
  await blank.goto('/');
  await blank.waitForFunction(() => Boolean(window.__lab));
  await blank.evaluate(() => window.__lab.waitIdle());
  await expect(blank.getByTestId('restore-discarded')).toContainText('Your saved lab could not be restored (the saved data is not a kubelab lab). This is a fresh lab.');
  expect(await run(blank, 'kubectl get deploy')).toContain('No resources found in default namespace.');
  await shot(blank, 'storage-corrupted');
});

test('a reload that restores the cluster shifts no layout (the notice floats over the panes)', async ({ page }) => {
  // Sum every layout shift from the first paint on, as the Core Web Vitals CLS does, with what moved.
  await page.addInitScript(() => {
    const w = window as unknown as { __shifts: { value: number; sources: string[] }[] };
    w.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] }[]) {
        if (e.hadRecentInput) continue;
        const sources = (e.sources ?? []).map((s) => {
          const el = s.node instanceof Element ? s.node : s.node?.parentElement;
          const within = el?.closest('[data-testid]')?.getAttribute('data-testid') ?? '';
          return el ? `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} in ${within}` : '?';
        });
        w.__shifts.push({ value: e.value, sources });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await openLab(page);
  await run(page, 'kubectl create deployment web --image=nginx --replicas=2');
  await page.getByTestId('new-file').click();
  await page.getByTestId('new-file-name').fill('web.yaml');
  await page.getByTestId('new-file-name').press('Enter');
  await expect(page.getByTestId('editor-tab-web.yaml')).toBeVisible();
  await page.waitForTimeout(800); // the journal is saved within 300 ms of a change

  await page.reload();
  await page.waitForFunction(() => Boolean(window.__lab));
  await page.evaluate(() => window.__lab.waitIdle());
  await expect(page.getByTestId('restore-restored')).toBeVisible();
  await expect(page.getByTestId('editor-tab-web.yaml')).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.__lab.objects('pods').length)).toBeGreaterThan(8);
  await page.waitForTimeout(1500); // the editor (lazy), the diagram and the lesson pane settle
  // The only movement allowed is inside the two live lists, whose boxes stay put: "Recent API requests"
  // moving its rows down as requests arrive, and the diagram's caption moving the current message to the
  // "earlier" line. The panes, notices, tabs and texts never move.
  const all = await page.evaluate(() => (window as unknown as { __shifts: { value: number; sources: string[] }[] }).__shifts);
  const live = (x: { sources: string[] }) => x.sources.every((s) => /^li\.[\w.-]* in (audit-feed|diagram-caption)$/.test(s));
  const shifts = all.filter((x) => !live(x));
  const cls = shifts.reduce((s, x) => s + x.value, 0);
  const liveCls = all.filter(live).reduce((s, x) => s + x.value, 0);
  test.info().annotations.push({ type: 'layout shift', description: `CLS ${cls} outside the live lists, ${liveCls.toFixed(4)} inside them` });
  console.log(`layout shift: CLS ${cls} outside the live lists, ${liveCls.toFixed(4)} inside them`);
  await shot(page, 'restored-no-shift');
  expect(shifts, `layout shifts: ${JSON.stringify(shifts)}`).toEqual([]);
  expect(cls).toBe(0);

  // The notice goes when dismissed, and that shifts nothing either.
  await page.getByTestId('restore-restored').getByRole('button').click();
  await expect(page.getByTestId('restore-restored')).toHaveCount(0);
  await page.waitForTimeout(300);
  const after = await page.evaluate(() => (window as unknown as { __shifts: { value: number; sources: string[] }[] }).__shifts);
  expect(after.filter((x) => !live(x))).toEqual([]);
});
