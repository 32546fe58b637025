// The page's layout at the sizes students and teachers use: 1280×720 and
// 1366×768 with the lessons open (the terminal keeps room for `kubectl get
// pods -A` without wrapping; the editor folds to its tab strip), a 1920×1080
// projector (also at 125% zoom), nothing overflowing, and the keyboard reaching every part.
import { expect, test, type Page } from '@playwright/test';
import { openLab, run, shot } from './lab.js';

/** The terminal's screen rows as drawn (a wrapped line is two rows here, unlike terminalText). */
function screenRows(page: Page): Promise<string[]> {
  return page.evaluate(() => [...document.querySelectorAll('[data-testid="terminal"] .xterm-rows > div')].map((r) => (r.textContent ?? '').replace(/\u00a0/g, ' ')));
}

/** Nothing is wider or taller than the window, and every pane is inside it. */
async function expectNoOverflow(page: Page): Promise<void> {
  const r = await page.evaluate(() => {
    const out: string[] = [];
    const { innerWidth: w, innerHeight: h } = window;
    const doc = document.documentElement;
    if (doc.scrollWidth > w || doc.scrollHeight > h) out.push(`page ${doc.scrollWidth}×${doc.scrollHeight} in ${w}×${h}`);
    // The panes fill the width: the right column ends at the window's edge.
    const right = document.querySelector('.right-column')!.getBoundingClientRect().right;
    if (Math.abs(right - w) > 1) out.push(`right column ends at ${right} in ${w}`);
    for (const el of document.querySelectorAll<HTMLElement>('.top-bar, .pane, .time-bar, .split-handle')) {
      const b = el.getBoundingClientRect();
      if (b.width === 0 && b.height === 0) continue;
      if (b.left < -0.5 || b.top < -0.5 || b.right > w + 0.5 || b.bottom > h + 0.5) out.push(`${el.className} at ${Math.round(b.left)},${Math.round(b.top)}-${Math.round(b.right)},${Math.round(b.bottom)}`);
    }
    return out;
  });
  expect(r).toEqual([]);
}

// 1536×864 is a 1920×1080 projector at 125% browser zoom (Ctrl +), which enlarges the terminal too.
for (const [width, height] of [
  [1280, 720],
  [1366, 768],
  [1536, 864],
] as const) {
  test(`${width}×${height}, lessons open: kubectl get pods -A fits the terminal's width; the editor folds to its tab strip`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await openLab(page);
    await expect(page.getByTestId('lesson-pane')).toBeVisible();
    // A first visit: no files, the editor is its tab strip and the terminal has the column.
    const strip = await page.getByTestId('editor-pane').boundingBox();
    const term = await page.getByTestId('terminal').boundingBox();
    expect(strip!.height).toBeLessThan(44);
    expect(term!.height).toBeGreaterThan(height - 200);
    await expect(page.getByTestId('editor-toggle')).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByTestId('centre-split-handle')).toBeHidden();

    // At least 90 columns: a 90-character line is one row.
    const ruler = '0123456789'.repeat(9);
    await run(page, `echo ${ruler}`);
    // (xterm draws on the next animation frame: poll the rows.)
    await expect.poll(() => screenRows(page)).toContainEqual(expect.stringContaining(ruler));
    const out = await run(page, 'kubectl get pods -A');
    const lines = out.split('\n').filter((l) => l.startsWith('kube-system '));
    expect(lines.length).toBeGreaterThanOrEqual(9);
    await expect.poll(async () => (await screenRows(page)).map((r) => r.trimEnd())).toEqual(expect.arrayContaining(lines.map((l) => l.trimEnd())));
    await expectNoOverflow(page);
    await shot(page, `layout-${width}-pods`);

    // Inspecting an object: the right column widens for the inspector; closing it gives the terminal its columns back.
    await page.getByTestId('pod-kube-system-etcd-controlplane').click();
    await expect(page.getByTestId('inspector')).toBeVisible();
    await expect.poll(async () => (await page.locator('.right-column').boundingBox())!.width).toBeGreaterThan(400);
    await expectNoOverflow(page);
    await shot(page, `layout-${width}-inspector`);
    await page.getByTestId('inspector-close').click();
    await expect.poll(async () => (await page.getByTestId('terminal').boundingBox())!.width).toBeCloseTo(term!.width, 0);

    // Unfolding gives the editor its share; the divider is then there to drag (and Tab to).
    await page.getByTestId('editor-toggle').click();
    await expect(page.getByTestId('editor-toggle')).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByTestId('centre-split-handle')).toBeVisible();
    expect((await page.getByTestId('editor-pane').boundingBox())!.height).toBeGreaterThan(150);
    // The terminal keeps its width.
    expect((await page.getByTestId('terminal').boundingBox())!.width).toBeCloseTo(term!.width, 0);
    await expectNoOverflow(page);
    await shot(page, `layout-${width}-editor`);
  });
}

test('1920×1080 (a projector): wide terminal, larger page text, nothing overflows', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openLab(page);
  // 16 px type still leaves over 90 columns (kubectl get pods -A on one row).
  const ruler = '0123456789'.repeat(9);
  await run(page, `echo ${ruler}`);
  await expect.poll(() => screenRows(page)).toContainEqual(expect.stringContaining(ruler));
  await run(page, 'kubectl get pods -A -o wide');
  const px = (sel: string) => page.locator(sel).first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(await px('.welcome p')).toBeGreaterThanOrEqual(16);
  expect(await px('.top-bar h1')).toBeGreaterThanOrEqual(18);
  // The terminal's type is a step larger too (16 px, 14 px on a laptop).
  expect(await px('.xterm-rows')).toBe(16);
  const diagram = await page.getByTestId('diagram').boundingBox();
  expect(diagram!.width).toBeGreaterThan(500);
  await expectNoOverflow(page);
  await shot(page, 'layout-1920');
});

test('keyboard: F6 leaves the terminal (Tab completes there), the dividers move with the arrows, focus is visible', async ({ page }) => {
  await openLab(page);
  await page.getByTestId('terminal').click();
  await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('xterm-helper-textarea'))).toBe(true);
  // F6: the columns divider, which the arrows move (the terminal then gets wider).
  await page.keyboard.press('F6');
  const handle = page.getByTestId('work-split-handle');
  await expect(handle).toBeFocused();
  const accent = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--accent').trim());
  const bg = await handle.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(bg).toBe(await page.evaluate((c) => {
    const d = document.createElement('div');
    d.style.color = c;
    document.body.append(d);
    const v = getComputedStyle(d).color;
    d.remove();
    return v;
  }, accent));
  const before = Number(await handle.getAttribute('aria-valuenow'));
  const width = (await page.getByTestId('terminal').boundingBox())!.width;
  // The automatic split gives the terminal its ~90 columns; the student may still give the diagram more.
  await page.keyboard.press('ArrowLeft');
  await expect(handle).toHaveAttribute('aria-valuenow', String(before - 3));
  await expect.poll(async () => (await page.getByTestId('terminal').boundingBox())!.width).toBeLessThan(width - 20);
  await page.keyboard.press('ArrowRight');
  await expect(handle).toHaveAttribute('aria-valuenow', String(before));
  await expect.poll(async () => (await page.getByTestId('terminal').boundingBox())!.width).toBeCloseTo(width, -1);
  await page.keyboard.press('Home');
  await expect(handle).toHaveAttribute('aria-valuenow', '35');
  await page.keyboard.press('End');
  await expect(handle).toHaveAttribute('aria-valuenow', await handle.getAttribute('aria-valuemax') as string);
  expect(Number(await handle.getAttribute('aria-valuemax'))).toBeGreaterThanOrEqual(before);
  // F6 again: the diagram; Shift+F6 twice: back in the terminal, which still types.
  await page.keyboard.press('F6');
  expect(await page.evaluate(() => Boolean(document.activeElement?.closest('.diagram-pane')))).toBe(true);
  await page.keyboard.press('Shift+F6');
  await page.keyboard.press('Shift+F6');
  expect(await page.evaluate(() => document.activeElement?.classList.contains('xterm-helper-textarea'))).toBe(true);
  // Into the editor strip: its toggle unfolds the editor from the keyboard, and the rows divider is then reachable.
  await page.keyboard.press('Shift+F6');
  await expect(page.getByTestId('editor-toggle')).toBeFocused();
  await expect(page.getByTestId('editor-toggle')).toHaveCSS('outline-style', 'solid');
  await shot(page, 'layout-focus-editor-toggle');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('editor-toggle')).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('new-file')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('centre-split-handle')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('centre-split-handle')).toHaveAttribute('aria-valuenow', '45');
  await shot(page, 'layout-focus-rows-divider');
});
