// The terminal: real kubectl output from the engine in the worker, errors,
// Ctrl-C, history, paste and type-ahead, as a student uses them.
import { expect, test } from '@playwright/test';
import { openLab, run, shot, terminalText } from './lab.js';

test('the page loads and `kubectl get ns` answers in the terminal', async ({ page }) => {
  await openLab(page);
  const out = await run(page, 'kubectl get ns');
  expect(out).toMatch(/^kubectl get ns\nNAME +STATUS +AGE\ndefault +Active +\S+\nkube-node-lease +Active +\S+\nkube-public +Active +\S+\nkube-system +Active +\S+\ncontrolplane:~\$ $/);
  await expect(page.getByTestId('diagram-summary')).toContainText('2 Services');
  await shot(page, 'get-ns');
});

test('`kubectl get svc -A` lists the kubeadm Services', async ({ page }) => {
  await openLab(page);
  const out = await run(page, 'kubectl get svc -A');
  const lines = out.split('\n');
  expect(lines[1]).toMatch(/^NAMESPACE +NAME +TYPE +CLUSTER-IP +EXTERNAL-IP +PORT\(S\) +AGE$/);
  expect(out).toMatch(/\ndefault +kubernetes +ClusterIP +10\.96\.0\.1 +<none> +443\/TCP +\S+\n/);
  expect(out).toMatch(/\nkube-system +kube-dns +ClusterIP +10\.96\.0\.10 +<none> +53\/UDP,53\/TCP,9153\/TCP +\S+\n/);
  await shot(page, 'get-svc');
});

test('a bad command gives its error and the prompt comes back', async ({ page }) => {
  await openLab(page);
  expect(await run(page, 'kubectl foo')).toBe('kubectl foo\nerror: unknown command "foo" for "kubectl"\n\nDid you mean this?\n        top\ncontrolplane:~$ ');
  expect(await run(page, 'kubectl get nosuchthing')).toContain(
    'error: the server doesn\'t have a resource type "nosuchthing"',
  );
  const out = await run(page, 'echo $?');
  expect(out).toBe('echo $?\n1\ncontrolplane:~$ ');
  await shot(page, 'errors');
});

test('Ctrl-C stops a blocking command', async ({ page }) => {
  await openLab(page);
  await page.evaluate(() => window.__lab.type('kubectl get ns -w\r'));
  await expect.poll(() => terminalText(page)).toContain('kube-system');
  // Still running: no new prompt after the table.
  expect(await terminalText(page)).not.toMatch(/kube-system.*\n.*controlplane:~\$ $/);
  await page.getByTestId('terminal').click();
  await page.keyboard.press('Control+C');
  await page.evaluate(() => window.__lab.waitIdle());
  expect(await terminalText(page)).toMatch(/kube-system +Active +\S+\n\^C\ncontrolplane:~\$ $/);
  expect(await run(page, 'echo $?')).toBe('echo $?\n130\ncontrolplane:~$ ');
  await shot(page, 'ctrl-c');
});

test('keyboard: history, cursor editing, Ctrl-L, a multi-line paste and type-ahead', async ({ page }) => {
  await openLab(page);
  const term = page.getByTestId('terminal');
  await term.click();
  await page.keyboard.type('echo one');
  await page.keyboard.press('Enter');
  await page.evaluate(() => window.__lab.waitIdle());
  // Up recalls the line; Home and typing edit it in the middle.
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('End');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('二 three');
  await page.keyboard.press('Home');
  await page.keyboard.press('Control+E');
  await page.keyboard.press('Enter');
  await page.evaluate(() => window.__lab.waitIdle());
  expect(await terminalText(page)).toContain('controlplane:~$ echo 二 three\n二 three\ncontrolplane:~$ ');

  await page.keyboard.press('Control+L');
  await expect.poll(() => terminalText(page).then((t) => t.split('\n').filter(Boolean).at(-1))).toBe('controlplane:~$ ');

  // Pasting three lines at the prompt runs them one after another, each after its own prompt.
  await page.evaluate(() => window.__lab.type('echo a\recho b\recho c\r'));
  await page.evaluate(() => window.__lab.waitIdle());
  expect(await terminalText(page)).toMatch(/controlplane:~\$ echo a\na\ncontrolplane:~\$ echo b\nb\ncontrolplane:~\$ echo c\nc\ncontrolplane:~\$ $/);

  // Typed while `sleep` runs: kept, and run when the prompt comes back.
  await page.evaluate(() => window.__lab.type('sleep 1\r'));
  await page.keyboard.type('echo after');
  await page.keyboard.press('Enter');
  await page.evaluate(() => window.__lab.waitIdle());
  expect(await terminalText(page)).toMatch(/controlplane:~\$ echo after\nafter\ncontrolplane:~\$ $/);
  await shot(page, 'keyboard');
});
