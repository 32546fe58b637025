// One object, highlighted everywhere: hovering a Pod in the diagram lights its
// rows in the terminal; hovering anywhere on a `kubectl get` row lights the Pod
// in the diagram; nodes both ways; the inspector's owner chain too; both themes.
import { expect, test, type Page } from '@playwright/test';
import { openLab, run, shot } from './lab.js';

/** The on-screen row of the terminal (DOM renderer: one div per viewport row) whose text matches. */
function termRow(page: Page, text: RegExp) {
  return page.locator('[data-testid="terminal"] .xterm-rows > div').filter({ hasText: text });
}

/** Decorations the terminal draws for one object (`resource/namespace/name`). */
function marks(page: Page, kind: 'hovered' | 'selected', ref: string) {
  return page.locator(`[data-testid="terminal"] .term-mark-${kind}[data-ref="${ref}"]`);
}

async function top(l: ReturnType<Page['locator']>): Promise<number> {
  return (await l.boundingBox())!.y;
}

test('hover a Pod or a Node in the diagram: its terminal rows light up; hover a row: the diagram marks it', async ({ page }) => {
  await openLab(page);
  await run(page, 'kubectl create deployment web --image=nginx --replicas=2');
  await run(page, 'kubectl rollout status deployment web');
  await run(page, 'kubectl get pods -o wide');
  await run(page, 'kubectl get nodes');
  const names = await page.evaluate(() =>
    window.__lab
      .objects('pods')
      .filter((p) => p.metadata.namespace === 'default')
      .map((p) => p.metadata.name)
      .sort(),
  );
  expect(names).toHaveLength(2);
  const [a, b] = names as [string, string];

  // (b) Diagram → terminal: the Pod's row in `get pods -o wide` is decorated, where that row is.
  await page.getByTestId(`pod-default-${a}`).hover();
  await expect(page.getByTestId(`pod-default-${a}`)).toHaveClass(/hovered/);
  // `-o wide` rows may wrap: one decoration per screen row, the first where the row starts.
  const rowMark = marks(page, 'hovered', `pods/default/${a}`).and(page.locator('.term-mark-row')).first();
  await expect(rowMark).toBeVisible();
  expect(Math.abs((await top(rowMark)) - (await top(termRow(page, new RegExp(`^${a}\\s`)))))).toBeLessThan(3);
  // Only that object: the other Pod's row is not lit.
  await expect(marks(page, 'hovered', `pods/default/${b}`)).toHaveCount(0);
  await shot(page, 'highlight-diagram-pod');

  // Leaving the diagram clears it.
  await page.mouse.move(2, 700);
  await expect(page.locator('[data-testid="terminal"] .term-mark')).toHaveCount(0);

  // (a) Terminal → diagram: the pointer on the row's STATUS column, not on the name.
  const row = termRow(page, new RegExp(`^${b}\\s`));
  const box = (await row.boundingBox())!;
  const text = (await row.textContent())!;
  const status = text.indexOf('Running');
  expect(status).toBeGreaterThan(b.length);
  const cellW = await page.evaluate(() => {
    const r = document.querySelector('[data-testid="terminal"] .xterm-rows > div');
    const span = document.createElement('span');
    span.textContent = 'x'.repeat(100);
    r!.appendChild(span);
    const w = span.getBoundingClientRect().width / 100;
    span.remove();
    return w;
  });
  await page.mouse.move(box.x + (status + 2) * cellW, box.y + box.height / 2);
  await expect(page.getByTestId(`pod-default-${b}`)).toHaveClass(/hovered/);
  await expect(page.getByTestId(`pod-default-${a}`)).not.toHaveClass(/hovered/);
  await expect(marks(page, 'hovered', `pods/default/${b}`).and(page.locator('.term-mark-row')).first()).toBeVisible();
  await shot(page, 'highlight-terminal-row');

  // (d) Nodes: the `node01` row of `get nodes` marks node01's frame; node01's frame lights its rows and the NODE cells of `-o wide`.
  const nodeRow = termRow(page, /^node01\s+Ready/);
  const nb = (await nodeRow.boundingBox())!;
  await page.mouse.move(nb.x + 20 * cellW, nb.y + nb.height / 2);
  await expect(page.getByTestId('diagram-node-node01')).toHaveClass(/hovered/);
  await expect(page.getByTestId('diagram-node-node02')).not.toHaveClass(/hovered/);
  await shot(page, 'highlight-terminal-node');
  await page.mouse.move(2, 700);
  await expect(page.getByTestId('diagram-node-node01')).not.toHaveClass(/hovered/);

  const frame = (await page.getByTestId('diagram-node-node01').boundingBox())!;
  await page.mouse.move(frame.x + 30, frame.y + 8);
  await expect(page.getByTestId('diagram-node-node01')).toHaveClass(/hovered/);
  await expect(marks(page, 'hovered', 'nodes//node01').and(page.locator('.term-mark-row'))).toHaveCount(1);
  await expect(marks(page, 'hovered', 'nodes//node01').and(page.locator('.term-mark-name'))).toHaveCount(1);
  await shot(page, 'highlight-diagram-node');

  // A Deployment: its `get deploy` row marks its chip in the diagram; the chip lights the row and every mention of it
  // (`deployment.apps/web created`, `rollout status deployment web` and its messages).
  await run(page, 'kubectl get deploy');
  const deployRow = termRow(page, /^web\s+2\/2/);
  const db = (await deployRow.boundingBox())!;
  await page.mouse.move(db.x + 12 * cellW, db.y + db.height / 2);
  await expect(page.getByTestId('owner-deployments-default-web')).toHaveClass(/hovered/);
  await page.mouse.move(2, 700);
  await page.getByTestId('owner-deployments-default-web').hover();
  await expect(marks(page, 'hovered', 'deployments/default/web').and(page.locator('.term-mark-row'))).toHaveCount(1);
  await expect.poll(() => marks(page, 'hovered', 'deployments/default/web').and(page.locator('.term-mark-name')).count()).toBeGreaterThanOrEqual(4);
  await shot(page, 'highlight-diagram-deployment');
  // From the keyboard: focusing the chip (Tab) does the same.
  await page.mouse.move(2, 700);
  await expect(page.locator('[data-testid="terminal"] .term-mark')).toHaveCount(0);
  await page.getByTestId('owner-deployments-default-web').focus();
  await expect(marks(page, 'hovered', 'deployments/default/web').and(page.locator('.term-mark-row'))).toHaveCount(1);
  await page.getByTestId('owner-deployments-default-web').blur();

  // (c) The inspector's owner chain: hovering the ReplicaSet there lights it and its row of `get rs`.
  await page.getByTestId(`pod-default-${a}`).click();
  await page.getByTestId('inspector-tab-owners').click();
  await run(page, 'kubectl get rs');
  const rs = page.getByTestId('inspector-owners').getByRole('button', { name: /ReplicaSet web-/ });
  await rs.hover();
  await expect(rs).toHaveClass(/hovered/);
  const rsName = ((await rs.textContent()) ?? '').replace('ReplicaSet', '').trim();
  await expect(marks(page, 'hovered', `replicasets/default/${rsName}`).and(page.locator('.term-mark-row'))).toHaveCount(1);
  // The selected Pod stays marked (quieter) in the terminal.
  await expect(marks(page, 'selected', `pods/default/${a}`).first()).toBeVisible();
  await shot(page, 'highlight-inspector-chain');
  // And the other way: hovering the ReplicaSet's row lights it in the inspector.
  await page.mouse.move(2, 700);
  await expect(rs).not.toHaveClass(/hovered/);
  const rsRow = termRow(page, new RegExp(`^${rsName}\\s`));
  const rb = (await rsRow.boundingBox())!;
  await page.mouse.move(rb.x + (rsName.length + 4) * cellW, rb.y + rb.height / 2);
  await expect(rs).toHaveClass(/hovered/);
});

test('light theme: a hovered Pod\'s terminal row is lit in the light palette', async ({ page }) => {
  await openLab(page, { theme: 'light' });
  await run(page, 'kubectl create deployment web --image=nginx');
  await run(page, 'kubectl get pods');
  const pod = page.locator('[data-testid^="pod-default-web-"]');
  await pod.hover();
  const name = (await pod.getAttribute('data-name'))!;
  const mark = marks(page, 'hovered', `pods/default/${name}`);
  await expect(mark).toHaveCount(1);
  // The tint comes from the light theme's accent (#1f6feb), not the dark one's.
  const bg = await mark.evaluate((e) => getComputedStyle(e).backgroundColor);
  expect(bg).toMatch(/^(color\(srgb 0\.12\d* 0\.43\d* 0\.92\d* \/ 0\.26\)|rgba\(31, 111, 235, 0\.26\))$/);
  await shot(page, 'highlight-light');

  // Ctrl-L erases the screen: the old row's mark goes with it; output after it is indexed as before.
  await page.mouse.move(2, 700);
  await page.evaluate(() => window.__lab.type('\x0c'));
  await run(page, 'kubectl get pods');
  await pod.hover();
  await expect(mark).toHaveCount(1);
  expect(Math.abs((await top(mark)) - (await top(termRow(page, new RegExp(`^${name}\\s`)))))).toBeLessThan(3);
});
