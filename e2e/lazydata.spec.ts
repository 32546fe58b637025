// kubectl's help texts and explain schema reach the engine worker as a chunk of
// their own, fetched after the first answer (src/engine/kubectl/lazyData.ts): the
// first `kubectl get nodes` does not need it, and explain and --help answer in
// full whether the chunk is already there or still on its way.
import { expect, test, type Page } from '@playwright/test';
import { openLab, run, shot } from './lab';

const chunk = /\/assets\/kubectlData-[^/]*\.js$/;

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

test('the first answer does not need the help texts and schema; explain and --help answer once they came', async ({ page }) => {
  const held = await holdChunk(page);
  await openLab(page);
  const nodes = await run(page, 'kubectl get nodes');
  expect(nodes).toMatch(/node02\s+Ready/);
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
  expect(failed).toContain("error: the lab could not load kubectl's help texts and API schema (");
  expect(failed).toContain('); try again\n');
  expect(await run(page, 'kubectl get --help | head -1')).toContain('Display one or many resources.\n');
  expect(requests).toBe(2);
});
