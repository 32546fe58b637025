// The lesson pane: a student completes the tour by using "show solution" and
// sees each check mark turn green; a broken pack reports its problems while
// the lab keeps working; a pack full of script-injection payloads renders
// harmlessly (no dialog, no script, no handler runs); a pack folder or file
// dropped on the pane loads.
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { run, shot } from './lab.js';

async function open(page: Page, query = ''): Promise<void> {
  await page.addInitScript(() => localStorage.setItem('kubelab.language', 'en'));
  await page.goto(`/${query}`);
  await page.waitForFunction(() => Boolean(window.__lab));
  await page.evaluate(() => window.__lab.waitIdle());
}

test('the tour: every step completes from its solution and its checks turn green', async ({ page }) => {
  await open(page);
  await page.getByTestId('lesson-picker').selectOption('0');
  await expect(page.getByTestId('lesson-title')).toHaveText('A tour of the lab');
  for (let i = 0; i < 3; i++) {
    await expect(page.getByTestId('step-label')).toHaveText(`Step ${i + 1} of 3`);
    await expect(page.getByTestId('goal').first()).toHaveAttribute('data-met', 'false');
    await page.getByTestId('hint').click();
    await expect(page.getByTestId('hints').locator('li')).toHaveCount(1);
    await page.getByTestId('solution').click();
    await page.getByTestId('type-solution').click();
    await expect(page.getByTestId('step-dot').nth(i)).toHaveAttribute('data-done', 'true');
  }
  await expect(page.getByTestId('lesson-done')).toBeVisible();
  await expect(page.getByTestId('goal').first()).toHaveAttribute('data-met', 'true');
});

/** Complete every step of a built-in lesson with "show solution" → "type it into the terminal". */
async function completeLesson(page: Page, index: number, steps: number): Promise<void> {
  await page.getByTestId('lesson-picker').selectOption(String(index));
  await expect(page.getByTestId('step-label')).toHaveText(`Step 1 of ${steps}`);
  for (let i = 0; i < steps; i++) {
    await expect(page.getByTestId('step-label')).toHaveText(`Step ${i + 1} of ${steps}`, { timeout: 60_000 });
    await expect(page.getByTestId('goal').first()).toHaveAttribute('data-met', 'false');
    await page.getByTestId('solution').click();
    await page.getByTestId('type-solution').click();
    await expect(page.getByTestId('step-dot').nth(i)).toHaveAttribute('data-done', 'true', { timeout: 90_000 });
  }
  await expect(page.getByTestId('lesson-done')).toBeVisible();
}

test('lesson 1, a container is a process: node shell, namespaces, cgroups and crictl', async ({ page }) => {
  test.setTimeout(180_000);
  await open(page);
  await completeLesson(page, 1, 4);
  expect(await page.evaluate(() => window.__lab.terminalText())).toContain('got signal 9');
});

test('lesson 4, Deployment: create, self-healing, scale, rolling update and undo at 60x', async ({ page }) => {
  test.setTimeout(240_000);
  await open(page);
  await page.getByRole('button', { name: '60×' }).click();
  await completeLesson(page, 4, 6);
  const text = await page.evaluate(() => window.__lab.terminalText());
  expect(text).toContain('deployment.apps/nginx-deployment rolled back');
});

test('code blocks: a YAML block opens its file in the editor, a shell block runs in the terminal', async ({ page }) => {
  await open(page);
  await page.getByTestId('lesson-picker').selectOption('4');
  await expect(page.getByTestId('lesson-title')).toHaveText('Deployment: many identical Pods');
  await page.getByTestId('code-open').first().click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { __labEditor?: { active(): string | undefined } }).__labEditor?.active())).toBe('/root/nginx-deployment.yaml');
  await page.getByTestId('code-run').first().click();
  await expect(page.getByTestId('goal').first()).toHaveAttribute('data-met', 'true');
});

test('a reload brings the lesson back where the student was', async ({ page }) => {
  await open(page);
  await page.getByTestId('lesson-picker').selectOption('0');
  await page.getByTestId('solution').click();
  await page.getByTestId('type-solution').click();
  await expect(page.getByTestId('step-dot').nth(0)).toHaveAttribute('data-done', 'true');
  await page.waitForTimeout(1500); // the journal is saved a moment after each command
  await page.reload();
  await expect(page.getByTestId('lesson-title')).toHaveText('A tour of the lab', { timeout: 30_000 });
  await expect(page.getByTestId('step-dot').nth(0)).toHaveAttribute('data-done', 'true');
  await expect(page.getByTestId('step-label')).toHaveText('Step 2 of 3');
});

test('a broken pack from ?pack= shows its problems and the lab keeps working', async ({ page }) => {
  await page.route((u) => u.pathname === '/packs/broken.yaml', (r) => r.fulfill({ contentType: 'text/yaml', body: 'id: Broken Pack\nversion: 1\nlessons:\n  - id: x\n    steps: [\n' }));
  await open(page, '?pack=/packs/broken.yaml');
  await expect(page.getByTestId('pack-problems')).toContainText('broken.yaml:6:1: YAML syntax error');
  expect(await run(page, 'kubectl get ns default')).toContain('Active');
});

test('a pack with script-injection payloads in Markdown, titles and hints renders harmlessly', async ({ page }) => {
  const payloads = [
    '<script>window.__xss = 1</script>',
    '<img src=x onerror="window.__xss = 2">',
    '[click me](javascript:window.__xss=3)',
    '<svg onload="window.__xss = 4">',
    '![x](javascript:window.__xss=5)',
  ];
  const q = (s: string) => JSON.stringify(s);
  const yaml = [
    'id: evil',
    'version: 1.0.0',
    `title: {en: ${q(payloads[0]!)}, zh-CN: ${q(payloads[1]!)}}`,
    `description: {en: ${q(payloads[2]!)}, zh-CN: x}`,
    'lessons:',
    '  - id: l',
    `    title: {en: ${q(payloads[1]!)}, zh-CN: ${q(payloads[0]!)}}`,
    `    summary: {en: ${q(payloads[3]!)}, zh-CN: x}`,
    '    steps:',
    '      - id: s',
    `        text: {en: ${q(payloads.join('\n\n'))}, zh-CN: x}`,
    '        goals: [{kind: commandRan, pattern: "^echo"}]',
    `        hints: [{en: ${q(payloads[1]!)}, zh-CN: x}, {en: ${q(payloads[2]!)}, zh-CN: x}]`,
    `        solution: [${q('echo safe')}]`,
    `        question: {prompt: {en: ${q(payloads[0]!)}, zh-CN: x}, choices: [{en: ${q(payloads[1]!)}, zh-CN: x}, {en: b, zh-CN: b}], answer: 1, explanation: {en: ${q(payloads[3]!)}, zh-CN: x}}`,
  ].join('\n');
  await page.route((u) => u.pathname === '/packs/evil.yaml', (r) => r.fulfill({ contentType: 'text/yaml', body: yaml }));
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  await open(page, '?pack=/packs/evil.yaml');
  await page.getByTestId('lesson-picker').selectOption('0');
  await expect(page.getByTestId('lesson-step')).toBeVisible();
  await page.getByTestId('hint').click();
  await page.getByTestId('hint').click();
  await page.getByTestId('question').locator('input').first().check();
  await page.getByTestId('question').getByRole('button').click();
  await page.getByTestId('lesson-step').getByText('click me').click().catch(() => {});
  await page.waitForTimeout(500);
  const pane = page.getByTestId('lesson-pane');
  expect(await pane.locator('script, img, svg, iframe').count()).toBe(0);
  expect(await pane.locator('[onerror], [onload], a[href^="javascript"]').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(dialogs).toBe(0);
  await expect(page.getByTestId('lesson-title')).toHaveText(payloads[1]!);
});

test('lesson 4 by hand: the Deployment applied from the editor, then every command typed, each check turning green', async ({ page }) => {
  test.setTimeout(240_000);
  await open(page);
  await page.getByRole('button', { name: '60×' }).click();
  await page.getByTestId('lesson-picker').selectOption('4');
  await expect(page.getByTestId('step-label')).toHaveText('Step 1 of 6');
  // Step 1 through the editor: open the lesson's manifest and press Apply.
  await page.getByTestId('code-open').first().click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { __labEditor?: { active(): string | undefined } }).__labEditor?.active())).toBe('/root/nginx-deployment.yaml');
  await page.getByTestId('editor-apply').click();
  await expect.poll(() => page.evaluate(() => window.__lab.terminalText())).toContain('deployment.apps/nginx-deployment created');
  await expect(page.getByTestId('step-dot').nth(0)).toHaveAttribute('data-done', 'true', { timeout: 90_000 });
  // The rest typed into the terminal, as a student would.
  const steps: string[][] = [
    ['kubectl get deployments,rs', 'kubectl get pods -l app=nginx --show-labels'],
    ['kubectl delete $(kubectl get pods -l app=nginx -o name | head -n 1)', 'kubectl get pods -l app=nginx'],
    ['kubectl scale deployment nginx-deployment --replicas=4'],
    ['kubectl set image deployment/nginx-deployment nginx=nginx:1.9.1', 'kubectl rollout status deployment/nginx-deployment', 'kubectl get rs'],
    ['kubectl rollout undo deployment/nginx-deployment', 'kubectl rollout status deployment/nginx-deployment'],
  ];
  for (const [i, lines] of steps.entries()) {
    await expect(page.getByTestId('step-label')).toHaveText(`Step ${i + 2} of 6`, { timeout: 90_000 });
    for (const line of lines) await run(page, line);
    await expect(page.getByTestId('step-dot').nth(i + 1)).toHaveAttribute('data-done', 'true', { timeout: 90_000 });
  }
  await expect(page.getByTestId('lesson-done')).toBeVisible();
});

test('a teacher drops a lesson pack folder on the lesson pane (and a single-file pack)', async ({ page }) => {
  await open(page);
  const pane = page.getByTestId('lessons');
  const box = (await pane.boundingBox())!;
  const at = { x: Math.round(box.x + box.width / 2), y: Math.round(box.y + box.height / 2) };
  // A real folder, dropped the way the OS does it (Chromium's DevTools protocol): the page walks its entries.
  const folder = fileURLToPath(new URL('../examples/hello-pack', import.meta.url));
  const cdp = await page.context().newCDPSession(page);
  const data = { items: [], files: [folder], dragOperationsMask: 1 };
  await cdp.send('Input.dispatchDragEvent', { type: 'dragEnter', ...at, data });
  await cdp.send('Input.dispatchDragEvent', { type: 'dragOver', ...at, data });
  await expect(pane).toHaveClass(/drop-target/);
  await shot(page, 'lessons-drop-over');
  await cdp.send('Input.dispatchDragEvent', { type: 'drop', ...at, data });
  await expect(pane).not.toHaveClass(/drop-target/);
  await expect(page.getByTestId('pack-source').locator('option').first()).toHaveText('Hello, kubelab');
  await expect(page.getByTestId('pack-problems')).toHaveCount(0);
  await page.getByTestId('lesson-picker').selectOption('0');
  await expect(page.getByTestId('lesson-title')).toHaveText('Your first Pod');
  // Its Markdown steps came from the folder's steps/01.en.md.
  await expect(page.getByTestId('lesson-step')).toContainText('This lesson prepared one called demo for you.');
  await shot(page, 'lessons-folder-dropped');

  // A single-file pack dropped as a file (a DataTransfer made in the page: no folder entries, the files list).
  const yaml = ['id: one-file', 'version: 1.0.0', 'title: {en: One file, zh-CN: 单文件}', 'description: {en: A pack in one file., zh-CN: 一个文件的课程包。}', 'lessons:', '  - id: l', '    title: {en: Echo, zh-CN: 回显}', '    steps:', '      - id: s', '        text: {en: Say hello., zh-CN: 打个招呼。}', '        goals: [{kind: commandRan, pattern: "^echo"}]', '        solution: ["echo hi"]'].join('\n');
  await pane.evaluate((el, text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'one.yaml', { type: 'text/yaml' }));
    el.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
    el.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, yaml);
  await expect(page.getByTestId('pack-source').locator('option').first()).toHaveText('One file');
  await page.getByTestId('lesson-picker').selectOption('0');
  await expect(page.getByTestId('lesson-title')).toHaveText('Echo');
});
