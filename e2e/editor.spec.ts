// The YAML editor: the course's nginx-deployment written and applied, schema
// errors while typing, API errors on the offending line, files as tabs.
import { expect, test, type Page } from '@playwright/test';
import { openLab, run, shot, terminalText } from './lab.js';

declare global {
  interface Window {
    __labEditor: {
      ready(): Promise<void>;
      newFile(name: string): Promise<void>;
      open(name: string): void;
      active(): string | undefined;
      setText(text: string): void;
      text(): string | undefined;
      reveal(needle: string): void;
      save(): Promise<void>;
      apply(): Promise<string>;
      markers(): { owner: string; line: number; message: string }[];
      finishEdit(save: boolean): Promise<void>;
    };
  }
}

/** The course's own file (src/lessons/course/lessons/04-deployment/nginx-deployment.yaml). */
export const nginxDeployment = `apiVersion: apps/v1
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

async function newFile(page: Page, name: string): Promise<void> {
  await page.getByTestId('new-file').click();
  await page.getByTestId('new-file-name').fill(name);
  await page.getByTestId('new-file-name').press('Enter');
  await expect(page.getByTestId(`editor-tab-${name}`)).toHaveAttribute('aria-selected', 'true');
  await page.waitForFunction(() => Boolean(window.__labEditor));
  await page.evaluate(() => window.__labEditor.ready());
}

test('write the course nginx-deployment in the editor, Apply it, see it run', async ({ page }) => {
  await openLab(page);
  await newFile(page, 'nginx-deployment.yaml');
  await page.evaluate((t) => window.__labEditor.setText(t), nginxDeployment);
  await expect(page.getByTestId('editor-tab-nginx-deployment.yaml')).toContainText('●');
  await page.getByTestId('editor-apply').click();
  await expect.poll(() => terminalText(page)).toContain('controlplane:~$ kubectl apply -f ~/nginx-deployment.yaml\ndeployment.apps/nginx-deployment created');
  await expect(page.getByTestId('editor-tab-nginx-deployment.yaml')).not.toContainText('●');
  // The file is on the workstation, where kubectl read it.
  expect(await run(page, 'cat nginx-deployment.yaml')).toContain('  name: nginx-deployment\n');
  await expect(page.locator('[data-testid^="pod-default-nginx-deployment-"]')).toHaveCount(2);
  await expect.poll(async () => (await run(page, 'kubectl get pods')).match(/nginx-deployment-\S+ +1\/1 +Running/g)?.length ?? 0, { timeout: 20_000 }).toBe(2);
  await shot(page, 'editor-applied');
});

test('a schema error marker for `replicas: two`, hover docs, then an API error on its line', async ({ page }) => {
  await openLab(page);
  await newFile(page, 'bad.yaml');
  await page.evaluate((t) => window.__labEditor.setText(t.replace('replicas: 2', 'replicas: two')), nginxDeployment);
  await expect.poll(() => page.evaluate(() => window.__labEditor.markers()), { timeout: 20_000 }).toContainEqual({ owner: 'yaml', line: 9, message: 'Incorrect type. Expected "integer".' });
  // Hovering `replicas` shows our own description.
  await page.locator('.monaco-editor .view-line', { hasText: 'replicas: two' }).locator('span', { hasText: 'replicas' }).first().hover();
  await expect(page.locator('.monaco-hover').filter({ hasText: 'How many Pods should run' })).toBeVisible({ timeout: 10_000 });
  // No "Source: \kubernetes.json" footer (monaco-yaml's schema source line).
  await expect(page.locator('.monaco-hover').filter({ hasText: 'How many Pods should run' })).not.toContainText(/Source:|kubernetes\.json/);
  await shot(page, 'editor-schema-error');

  // A value the schema allows but the API server rejects: its cause lands on line 9.
  await page.evaluate((t) => window.__labEditor.setText(t.replace('replicas: 2', 'replicas: -1')), nginxDeployment);
  await page.getByTestId('editor-apply').click();
  await expect.poll(() => page.evaluate(() => window.__labEditor.markers().filter((m) => m.owner === 'kubectl'))).toEqual([
    { owner: 'kubectl', line: 9, message: 'spec.replicas: Invalid value: -1: must be greater than or equal to 0' },
  ]);
  await expect(page.getByTestId('editor-problems')).toHaveText('1 problems from the API server');
  expect(await terminalText(page)).toContain('The Deployment "nginx-deployment" is invalid: spec.replicas: Invalid value: -1: must be greater than or equal to 0');
  await shot(page, 'editor-api-error');
});

test('files made in the terminal become tabs; the editor shows their text', async ({ page }) => {
  await openLab(page, { theme: 'light' });
  await run(page, 'cat > pod.yaml <<EOF\napiVersion: v1\nkind: Pod\nEOF');
  await expect(page.getByTestId('editor-tab-pod.yaml')).toBeVisible();
  await page.getByTestId('editor-tab-pod.yaml').click();
  await page.waitForFunction(() => Boolean(window.__labEditor));
  await page.evaluate(() => window.__labEditor.ready());
  await expect.poll(() => page.evaluate(() => window.__labEditor.text())).toBe('apiVersion: v1\nkind: Pod\n');
  await expect(page.locator('.monaco-editor .view-line', { hasText: 'kind: Pod' })).toBeVisible();
  // The columns divider too: Shift+Left gives the diagram 10% more width.
  const handle = page.getByTestId('work-split-handle');
  await handle.focus();
  const before = Number(await handle.getAttribute('aria-valuenow'));
  await page.keyboard.press('Shift+ArrowLeft');
  await expect(handle).toHaveAttribute('aria-valuenow', String(before - 10));
  await shot(page, 'editor-light');
});

test('`kubectl edit` opens in the editor (zh-CN); Save & close applies the change', async ({ page }) => {
  await openLab(page, { language: 'zh-CN' });
  await run(page, 'kubectl create deployment web --image=nginx');
  await page.evaluate(() => window.__lab.type('kubectl edit deployment web\r'));
  const banner = page.getByTestId('edit-banner');
  await expect(banner).toContainText('kubectl edit 正在等待这个文件');
  await page.waitForFunction(() => Boolean(window.__labEditor));
  await page.evaluate(() => window.__labEditor.ready());
  await expect.poll(() => page.evaluate(() => window.__labEditor.text() ?? '')).toContain('# Please edit the object below.');
  await page.evaluate(() => window.__labEditor.setText(window.__labEditor.text()!.replace(/\n {2}replicas: 1\n/, '\n  replicas: 3\n')));
  // Hover docs follow the language: our zh-CN description of spec.replicas.
  // The divider is keyboard-operable: End gives the editor the most room.
  await page.getByTestId('centre-split-handle').focus();
  await page.keyboard.press('End');
  await expect(page.getByTestId('centre-split-handle')).toHaveAttribute('aria-valuenow', '85');
  await page.evaluate(() => window.__labEditor.reveal('replicas: 3'));
  await page.locator('.monaco-editor .view-line', { hasText: 'replicas: 3' }).locator('span', { hasText: 'replicas' }).first().hover();
  await expect(page.locator('.monaco-hover').filter({ hasText: '应该运行多少个 Pod' })).toBeVisible({ timeout: 10_000 });
  await expect(page.locator('.monaco-hover').filter({ hasText: '应该运行多少个 Pod' })).not.toContainText(/Source:|kubernetes\.json/);
  await shot(page, 'kubectl-edit');
  await page.getByTestId('edit-save').click();
  await expect(banner).toHaveCount(0);
  await page.evaluate(() => window.__lab.waitIdle());
  expect(await terminalText(page)).toContain('controlplane:~$ kubectl edit deployment web\ndeployment.apps/web edited\n');
  expect(await run(page, 'kubectl get deployment web -o jsonpath={.spec.replicas}')).toContain('\n3');
});
