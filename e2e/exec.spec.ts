// Inside a container from the browser terminal: `kubectl exec -it` into a Pod of a
// Deployment and `ps` there (PID 1 is the container's own process; busybox has ps, the
// nginx image, like the real one, does not), then a shell without a TTY (`kubectl run -i`)
// answering the lines a student types.
import { expect, test } from '@playwright/test';
import { openLab, run, shot, terminalText } from './lab.js';

test('exec into a Pod and run ps; a `kubectl run -i` shell answers typed lines without a prompt', async ({ page }) => {
  await openLab(page);
  await page.getByRole('button', { name: '60×' }).click();
  await run(page, 'kubectl create deployment web --image=busybox --replicas=2 -- sleep 3600');
  await expect.poll(async () => (await run(page, 'kubectl get pods')).match(/web-\S+ +1\/1 +Running/g)?.length ?? 0, { timeout: 30_000 }).toBe(2);
  const name = (await run(page, "kubectl get pods -l app=web -o jsonpath='{.items[0].metadata.name}'; echo")).split('\n')[1]!;
  expect(name).toMatch(/^web-[a-z0-9]+-[a-z0-9]{5}$/);

  const entered = await run(page, `kubectl exec -it ${name} -- sh`);
  expect(entered).toMatch(/\n\/ # $/);
  // PID 1 inside is the container's own command: its own PID namespace.
  expect(await run(page, 'ps')).toMatch(/^ps\nPID +USER +TIME +COMMAND\n +1 root +0:00 sleep 3600\n +\d+ root +0:00 sh\n +\d+ root +0:00 ps\n\/ # $/);
  expect(await run(page, 'hostname')).toBe(`hostname\n${name}\n/ # `);
  await shot(page, 'exec-ps');
  expect(await run(page, 'exit')).toBe('exit\ncontrolplane:~$ ');

  // No -t: the terminal stays line by line, the container's shell prints no prompt.
  const started = await run(page, 'kubectl run box -i --rm --image=busybox --restart=Never -- sh');
  // The container's shell has no prompt, so its lines end at an empty one: compare trimmed.
  expect(started.trim()).toBe("kubectl run box -i --rm --image=busybox --restart=Never -- sh\nIf you don't see a command prompt, try pressing enter.");
  expect((await run(page, 'echo hi from $(hostname)')).trim()).toBe('echo hi from $(hostname)\nhi from box');
  // The shell's end leaves kubectl waiting for the Pod's end, then --rm, then its status.
  await run(page, 'exit 3');
  await expect.poll(() => terminalText(page), { timeout: 20_000 }).toMatch(/\nexit 3\npod "box" deleted\npod default\/box terminated \(Error\)\ncontrolplane:~\$ $/);
  expect(await run(page, 'echo $?')).toBe('echo $?\n3\ncontrolplane:~$ ');
  await shot(page, 'run-i-no-tty');
});
