// Helpers for the browser tests: open the lab, drive its terminal through
// window.__lab (the same key path as a student's keyboard), take screenshots.
import { expect, type Page } from '@playwright/test';

declare global {
  interface Window {
    __lab: {
      terminalText(): Promise<string>;
      type(data: string): Promise<void>;
      run(line: string): Promise<string>;
      waitIdle(): Promise<void>;
      clock(): { now: number; speed: number };
      objects(resource: string): { metadata: { name: string; namespace?: string } }[];
    };
  }
}

export async function openLab(page: Page, opts: { language?: 'en' | 'zh-CN'; theme?: 'dark' | 'light' } = {}): Promise<void> {
  await page.addInitScript(
    ([language, theme]) => {
      // Only on the first load: a reload must find the student's own choice.
      if (!localStorage.getItem('kubelab.language')) localStorage.setItem('kubelab.language', language);
      if (!localStorage.getItem('kubelab.theme')) localStorage.setItem('kubelab.theme', theme);
    },
    [opts.language ?? 'en', opts.theme ?? 'dark'],
  );
  await page.goto('/');
  await page.waitForFunction(() => Boolean(window.__lab));
  await page.evaluate(() => window.__lab.waitIdle());
  await expect(page.getByTestId('engine-starting')).toHaveCount(0);
  await panesLoaded(page);
}

/** The panes that come as chunks of their own after the first answer (components/LazyPane) have replaced their placeholders. */
export async function panesLoaded(page: Page): Promise<void> {
  await expect(page.locator('[data-lazy-placeholder]')).toHaveCount(0);
}

/** Type a line, wait for the prompt, return what the line added to the screen. */
export function run(page: Page, line: string): Promise<string> {
  return page.evaluate((l) => window.__lab.run(l), line);
}

export function terminalText(page: Page): Promise<string> {
  return page.evaluate(() => window.__lab.terminalText());
}

export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/screenshots/${name}.png` });
}
