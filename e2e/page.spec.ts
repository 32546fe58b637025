// The page around the terminal: time controls, language, theme, lesson pane.
import { expect, test } from '@playwright/test';
import { openLab, run, shot, terminalText } from './lab.js';

test('pause stops the clock; step and 60× move it', async ({ page }) => {
  await openLab(page);
  const clock = page.getByTestId('clock');
  await expect(clock).toHaveText(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC$/);
  await page.getByTestId('speed-pause').click();
  await expect(page.getByTestId('clock-speed')).toHaveText('paused');
  const paused = await clock.textContent();
  const virtual = await page.evaluate(() => window.__lab.clock().now);
  // A blocking command waits on virtual time, so it does not finish while paused.
  await page.evaluate(() => window.__lab.type('sleep 1 && echo woke\r'));
  await page.waitForTimeout(2500);
  await expect(clock).toHaveText(paused!);
  expect(await page.evaluate(() => window.__lab.clock().now)).toBe(virtual);
  expect(await terminalText(page)).not.toContain('\nwoke');
  await shot(page, 'paused');

  await page.getByTestId('step').click();
  await page.evaluate(() => window.__lab.waitIdle());
  expect(await terminalText(page)).toContain('\nwoke\n');
  expect(await page.evaluate(() => window.__lab.clock().now)).toBe(virtual + 1000);

  await page.getByTestId('speed-60').click();
  await expect(page.getByTestId('clock-speed')).toHaveText('60× speed');
  await expect.poll(() => page.evaluate(() => window.__lab.clock().now), { timeout: 5000 }).toBeGreaterThan(virtual + 30_000);
});

test('switching to zh-CN changes the UI strings (and back)', async ({ page }) => {
  await openLab(page);
  await expect(page.getByRole('heading', { name: 'Welcome to kubelab' })).toBeVisible();
  await page.getByTestId('language').selectOption('zh-CN');
  await expect(page.getByRole('heading', { name: '欢迎来到 kubelab' })).toBeVisible();
  await expect(page.getByText('集群时间', { exact: true })).toBeVisible();
  await expect(page.getByTestId('speed-pause')).toHaveText('暂停');
  await expect(page.getByTestId('reset')).toHaveText('重置实验');
  await expect(page.getByTestId('diagram-summary')).toContainText('个节点');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await run(page, 'echo 你好，集群');
  await shot(page, 'zh-CN');
  await page.reload();
  await page.waitForFunction(() => Boolean(window.__lab));
  await expect(page.getByRole('heading', { name: '欢迎来到 kubelab' })).toBeVisible();
  await page.getByTestId('language').selectOption('en');
  await expect(page.getByTestId('speed-pause')).toHaveText('Pause');
});

test('light theme, the collapsible lesson pane and its commands', async ({ page }) => {
  await openLab(page, { theme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.getByTestId('try-command').first().click();
  await page.keyboard.press('Enter');
  await page.evaluate(() => window.__lab.waitIdle());
  expect(await terminalText(page)).toContain('controlplane:~$ kubectl get ns\nNAME ');
  await shot(page, 'light');
  await page.getByTestId('toggle-lessons').click();
  await expect(page.getByTestId('lesson-pane')).toBeHidden();
  await shot(page, 'lessons-closed');
  await page.getByTestId('theme').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('a Pod created from the terminal appears in the diagram; reset clears it', async ({ page }) => {
  await openLab(page);
  await run(page, `kubectl create -f - <<EOF
apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: nginx
    image: nginx
EOF`);
  await expect(page.getByTestId('pod-default-web')).toBeVisible();
  await expect(page.getByTestId('audit-feed')).toContainText('create pods default/web');
  await shot(page, 'pod-in-diagram');
  page.once('dialog', (d) => void d.accept());
  await page.getByTestId('reset').click();
  await expect(page.getByTestId('pod-default-web')).toHaveCount(0);
  await page.evaluate(() => window.__lab.waitIdle());
  expect(await terminalText(page)).toBe('controlplane:~$ ');
});

test('a Deployment from the lesson pane: its ReplicaSet\'s Pod appears in the diagram (1920×1080)', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openLab(page);
  await page.getByRole('button', { name: 'kubectl create deployment web --image=nginx' }).click();
  await page.keyboard.press('Enter');
  await page.evaluate(() => window.__lab.waitIdle());
  expect(await terminalText(page)).toContain('deployment.apps/web created');
  await expect(page.locator('[data-testid^="pod-default-web-"]')).toHaveCount(1);
  // web, beside kube-system's coredns.
  await expect(page.getByTestId('diagram-summary')).toContainText('2 Deployments');
  const feed = page.getByTestId('audit-feed');
  await expect(feed).toContainText('create deployments default/web');
  // The ReplicaSet controller, not kubectl, created the Pod.
  await expect(feed.locator('li', { hasText: 'create pods default/' })).toContainText('replicaset-controller');
  await shot(page, 'deployment-1080p');
});
