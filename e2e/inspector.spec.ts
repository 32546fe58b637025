// The inspector (click a Pod in the diagram: YAML, events, owners, the
// scheduler's reasoning) and Tab completion in the terminal.
import { expect, test } from '@playwright/test';
import { openLab, run, shot, terminalText } from './lab.js';

test('clicking a Pod shows its YAML, owner chain and the scheduler\'s reasoning', async ({ page }) => {
  await openLab(page);
  await run(page, 'kubectl create deployment web --image=nginx');
  const pod = page.locator('[data-testid^="pod-default-web-"]');
  await expect(pod).toHaveCount(1);
  await pod.click();
  const inspector = page.getByTestId('inspector');
  await expect(inspector).toBeVisible();
  await expect(page.getByTestId('inspector-yaml')).toContainText('kind: Pod');
  await expect(page.getByTestId('inspector-yaml')).toContainText('image: nginx');
  await shot(page, 'inspector-yaml');
  await page.getByTestId('inspector-tab-owners').click();
  await expect(page.getByTestId('inspector-owners')).toContainText(/Deployment web\s*ReplicaSet web-/);
  await page.getByTestId('inspector-tab-scheduling').click();
  await expect(page.getByTestId('scheduling')).toContainText('Scheduled');
  await expect(page.getByTestId('filter-controlplane')).toContainText(/rejected by TaintToleration/);
  await shot(page, 'inspector-scheduling');
  await page.getByTestId('inspector-tab-container').click();
  await expect(page.getByTestId('containers')).toContainText('shared with the pause container');
  await expect(page.getByTestId('containers')).toContainText('/kubepods');
  await shot(page, 'inspector-container');
  await page.getByTestId('inspector-tab-events').click();
  await expect(page.getByTestId('inspector-events')).toContainText('Scheduled');
  // Up the owner chain: the Deployment's own view.
  await page.getByTestId('inspector-tab-owners').click();
  await page.getByTestId('inspector-owners').getByRole('button', { name: 'Deployment web' }).click();
  await expect(page.getByTestId('inspector-owners')).toContainText('Controls');
  await page.getByTestId('inspector-tab-yaml').click();
  await expect(page.getByTestId('inspector-yaml')).toContainText('kind: Deployment');
  await page.getByTestId('inspector-close').click();
  await expect(inspector).toHaveCount(0);
});

test('Tab completes kubectl words and object names; a second Tab lists them', async ({ page }) => {
  await openLab(page);
  await run(page, 'kubectl create deployment web --image=nginx');
  await page.evaluate(() => window.__lab.type('kubectl get deploy\t'));
  await expect.poll(() => terminalText(page)).toMatch(/controlplane:~\$ kubectl get deployments $/);
  await page.evaluate(() => window.__lab.type('w\t'));
  await expect.poll(() => terminalText(page)).toMatch(/kubectl get deployments web $/);
  await page.evaluate(() => window.__lab.type('\r'));
  await page.evaluate(() => window.__lab.waitIdle());
  expect(await terminalText(page)).toMatch(/NAME +READY +UP-TO-DATE +AVAILABLE +AGE\nweb +/);
  await page.evaluate(() => window.__lab.type('kubectl ap\t'));
  await page.waitForTimeout(200);
  await page.evaluate(() => window.__lab.type('\t'));
  await expect.poll(() => terminalText(page)).toMatch(/api-resources +api-versions +apply\ncontrolplane:~\$ kubectl ap$/);
  await shot(page, 'tab-completion');
});

test('object names in terminal output are links: hover highlights, click inspects', async ({ page }) => {
  await openLab(page);
  await run(page, 'kubectl create deployment web --image=nginx');
  await page.evaluate(() => window.__lab.type('\x0c'));
  await run(page, 'kubectl get deploy web');
  // Row 0: the command; row 1: the header; row 2: `web  1/1 …`, whose name starts at column 0.
  const row = page.locator('[data-testid="terminal"] .xterm-rows > div').nth(2);
  await expect(row).toContainText('web');
  const box = (await row.boundingBox())!;
  await page.mouse.move(box.x + 6, box.y + box.height / 2);
  await expect(page.locator('[data-testid="terminal"] .xterm-screen')).toHaveCSS('cursor', 'pointer');
  await shot(page, 'terminal-link-hover');
  await page.mouse.click(box.x + 6, box.y + box.height / 2);
  await expect(page.getByTestId('inspector')).toContainText('default/web');
  await expect(page.getByTestId('inspector-yaml')).toContainText('kind: Deployment');
});
