// What the engine worker's first answer does not need — kubectl's commands other than
// `get`, its help texts and explain schema, the shell's programs, the YAML parser — is
// a chunk of its own, fetched after the first answer (src/engine/lazy/): the first
// `kubectl get nodes` does not need it, and everything else answers in full whether
// the chunk is already there or still on its way.
import { expect, test, type Page } from '@playwright/test';
import { openLab, run, shot, terminalText } from './lab';

const chunk = /\/assets\/afterAnswer-[^/]*\.js$/;

/** Hold the chunk's response back until release() (every request for it). */
async function holdChunk(page: Page): Promise<{ release(): void; requests(): number }> {
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  let requests = 0;
  await page.context().route(chunk, async (route) => {
    requests++;
    await released;
    await route.continue();
  });
  return { release: () => release(), requests: () => requests };
}

test('the first answer does not need the chunk; explain and --help answer once it came', async ({ page }) => {
  const held = await holdChunk(page);
  await openLab(page);
  const nodes = await run(page, 'kubectl get nodes');
  expect(nodes).toMatch(/node02\s+Ready/);
  expect(await run(page, 'kubectl get pods -n kube-system -o wide')).toMatch(/coredns-\S+ +1\/1 +Running/);
  held.release();

  const explain = await run(page, 'kubectl explain pod.spec');
  // The terminal shows tabs as spaces.
  expect(explain).toMatch(/KIND: +Pod\nVERSION: +v1\n *\nFIELD: spec <PodSpec>\n/);
  expect(explain).toMatch(/DESCRIPTION:\n +Specification of the desired behavior of the pod\./);
  expect(explain).toMatch(/\n {2}containers +<\[\]Container> -required-\n/);
  const help = await run(page, 'kubectl create --help');
  expect(help).toContain('Create a resource from a file or from stdin.');
  expect(help).toMatch(/Available Commands:\n {2}clusterrole +Create a cluster role\n/);
  expect(help).toContain('Use "kubectl create <command> --help" for more information about a given command.');
  expect(held.requests()).toBe(1);
  await shot(page, 'lazydata-explain-help');
});

test('a first command that needs them waits for the chunk (held back 1.5 s here) on a held clock, then answers in full', async ({ page }) => {
  const held = await holdChunk(page);
  await openLab(page);
  setTimeout(() => held.release(), 1500);
  const started = Date.now();
  const out = await run(page, 'date; kubectl create --help | head -1; kubectl foo; date');
  expect(Date.now() - started).toBeGreaterThanOrEqual(1400);
  expect(out).toContain('Create a resource from a file or from stdin.\n');
  expect(out).toMatch(/error: unknown command "foo" for "kubectl"\n *\nDid you mean this\?\n +top\n/);
  // No virtual time passed while the line waited: both dates are the same instant.
  const dates = out.match(/^\w{3} \w{3} [ \d]\d \d\d:\d\d:\d\d UTC \d{4}$/gm);
  expect(dates).toHaveLength(2);
  expect(dates![0]).toBe(dates![1]);
  const explain = await run(page, 'kubectl explain deployment.spec.replicas');
  expect(explain).toContain('FIELD: replicas <integer>');
  await shot(page, 'lazydata-late-chunk');
});

test('a failed fetch of the chunk is an error the next command recovers from', async ({ page }) => {
  let requests = 0;
  await page.context().route(chunk, async (route) => (++requests === 1 ? route.abort() : route.continue()));
  await openLab(page);
  const failed = await run(page, 'kubectl get --help | head -1');
  expect(failed).toContain('error: the lab could not load the rest of kubectl (');
  expect(failed).toContain('); try again\n');
  expect(await run(page, 'kubectl get --help | head -1')).toContain('Display one or many resources.\n');
  expect(requests).toBe(2);
});

test('shell programs and other commands typed before the chunk came wait for it, then answer in full', async ({ page }) => {
  const held = await holdChunk(page);
  await openLab(page);
  setTimeout(() => held.release(), 1500);
  const out = await run(page, 'date; echo hi | tee /tmp/x; kubectl describe node node01 | grep -c Ready; kubectl get nodes -o name; date');
  expect(out).toContain('hi\n');
  expect(out).toContain('node/controlplane\nnode/node01\nnode/node02\n');
  const dates = out.match(/^\w{3} \w{3} [ \d]\d \d\d:\d\d:\d\d UTC \d{4}$/gm);
  expect(dates).toHaveLength(2);
  expect(dates![0]).toBe(dates![1]);
  expect(held.requests()).toBe(1);
  await shot(page, 'lazydata-programs-late');
});

test('Tab before the chunk came completes once it is there', async ({ page }) => {
  const held = await holdChunk(page);
  await openLab(page);
  await page.evaluate(() => window.__lab.type('kubectl rollout st\t'));
  await page.waitForTimeout(500);
  expect(await terminalText(page)).toMatch(/controlplane:~\$ kubectl rollout st$/);
  held.release();
  await expect.poll(() => terminalText(page)).toMatch(/controlplane:~\$ kubectl rollout status $/);
  expect(held.requests()).toBe(1);
});
