// The live architecture diagram: the course's nginx-deployment created from a
// file, its two Pods on nodes turning Running, a message travelling and a
// caption telling it, the owner chain, and a component explained in en and zh-CN.
import { expect, test } from '@playwright/test';
import { openLab, run, shot } from './lab.js';

const nginxDeployment = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: nginx-deployment
spec:
  selector:
    matchLabels:
      app: nginx
  replicas: 2
  template:
    metadata:
      labels:
        app: nginx
    spec:
      containers:
      - name: nginx
        image: nginx:1.7.9
        ports:
        - containerPort: 80
`;

test('kubectl create -f nginx-deployment.yaml, watched on the diagram; kube-scheduler explained in en and zh-CN', async ({ page }) => {
  await openLab(page);
  await run(page, `cat > nginx-deployment.yaml <<'EOF'\n${nginxDeployment}EOF`);
  await expect(page.getByTestId('diagram-caption')).toContainText('Type a kubectl command');
  await shot(page, 'diagram-before');

  // Every caption shown, in order (a slow machine may move past one before we look).
  await page.evaluate(() => {
    const seen: string[] = ((window as unknown as { __captions: string[] }).__captions = []);
    const box = document.querySelector('[data-testid="diagram-caption"]')!;
    new MutationObserver(() => {
      const now = box.querySelector('[data-testid="caption-current"]')?.textContent;
      if (now && seen[seen.length - 1] !== now) seen.push(now);
    }).observe(box, { subtree: true, childList: true, characterData: true });
  });
  const captions = () => page.evaluate(() => (window as unknown as { __captions: string[] }).__captions);
  const out = await run(page, 'kubectl create -f nginx-deployment.yaml');
  expect(out).toContain('deployment.apps/nginx-deployment created');

  // The request travels: a dot is drawn and the caption says who does what.
  await expect(page.getByTestId('message-dot').first()).toBeVisible();
  await shot(page, 'diagram-message');
  await expect.poll(captions).toContain('kubectl: asks the API server to create Deployment default/nginx-deployment; the API server stores it in etcd');
  await expect.poll(captions, { timeout: 20_000 }).toContain('kube-scheduler: bound 2 Pods (node01: 1, node02: 1)');
  const told = await captions();
  expect(told.findIndex((c) => c.startsWith('replicaset controller: created 2 Pods'))).toBeLessThan(told.findIndex((c) => c.startsWith('kube-scheduler: bound')));
  await shot(page, 'diagram-scheduler-caption');

  // Two Pods on worker nodes, Running (green).
  const pods = page.locator('[data-testid^="pod-default-nginx-deployment-"]');
  await expect(pods).toHaveCount(2);
  await expect(page.locator('[data-testid^="pod-default-nginx-deployment-"][data-status="Running"]')).toHaveCount(2, { timeout: 20_000 });
  for (const node of ['node01', 'node02']) {
    const frame = await page.getByTestId(`diagram-node-${node}`).boundingBox();
    const inNode = await pods.evaluateAll(
      (els, f) => els.filter((e) => { const b = e.getBoundingClientRect(); return f && b.x >= f.x && b.y >= f.y && b.x + b.width <= f.x + f.width && b.y + b.height <= f.y + f.height; }).length,
      frame,
    );
    expect(inNode, `a Pod inside ${node}`).toBe(1);
  }
  const fill = await pods.first().locator('.pod-bar').evaluate((e) => getComputedStyle(e).fill);
  const ok = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--ok').trim());
  expect(fill.replace(/\s/g, '')).toBe(`rgb(${[1, 3, 5].map((i) => parseInt(ok.slice(i, i + 2), 16)).join(',')})`);

  // The owner chain on demand: click the Deployment.
  await page.getByTestId('owner-deployments-default-nginx-deployment').click();
  await expect(page.locator('[data-testid^="owner-replicasets-default-nginx-deployment-"]')).toHaveCount(1);
  await expect(page.locator('.diagram .owner-link')).toHaveCount(3);
  await shot(page, 'diagram-owner-chain');
  await page.getByTestId('owner-deployments-default-nginx-deployment').click();
  await expect(page.locator('.diagram .owner-link')).toHaveCount(0);

  // Hovering a Pod highlights it.
  await pods.first().hover();
  await expect(pods.first()).toHaveClass(/hovered/);

  // Click kube-scheduler: what it does.
  await page.getByTestId('component-scheduler').click();
  const panel = page.getByTestId('explain-panel');
  await expect(panel).toContainText('kube-scheduler');
  await expect(panel).toContainText('watches for Pods that have no node yet');
  await shot(page, 'diagram-explain-en');

  await page.getByTestId('language').selectOption('zh-CN');
  await expect(panel).toContainText('监听还没有分配节点的 Pod');
  await run(page, 'kubectl scale deployment nginx-deployment --replicas=3');
  await expect(page.getByTestId('diagram-caption')).toContainText('kubectl：', { timeout: 10_000 });
  await shot(page, 'diagram-explain-zh');
  await page.getByTestId('explain-close').click();
  await expect(panel).toHaveCount(0);
});
