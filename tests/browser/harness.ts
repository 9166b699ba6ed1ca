import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';

/** Debian's Chromium, as .ci/run installs it; Playwright's own browser downloads cannot work here. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-quic',
  '--disable-sync',
];

const root = fileURLToPath(new URL('../..', import.meta.url));
export const SCREENSHOTS = fileURLToPath(new URL('../../test-results/', import.meta.url));

/** The built game served by `vite preview`, and a Chromium to open it in. */
export interface Harness {
  url: string;
  browser: Browser;
  /** Every request the pages made to a host other than the game's own. */
  foreignRequests: string[];
  /** Uncaught errors thrown in any page. */
  pageErrors: string[];
  /** A fresh browser context (empty storage) with a page open on the game. */
  open(options?: { hash?: string; reducedMotion?: boolean; viewport?: { width: number; height: number } }): Promise<{ context: BrowserContext; page: Page }>;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  if (!existsSync(`${root}dist/index.html`)) throw new Error('Build the game first (npm run build): dist/index.html is missing.');
  mkdirSync(SCREENSHOTS, { recursive: true });
  const server: PreviewServer = await preview({ root, logLevel: 'silent', preview: { port: 0, host: '127.0.0.1' } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report its address');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const origin = new URL(url).origin;
  const foreignRequests: string[] = [];
  const pageErrors: string[] = [];
  return {
    url,
    browser,
    foreignRequests,
    pageErrors,
    async open(options = {}) {
      const context = await browser.newContext({
        viewport: options.viewport ?? { width: 1366, height: 768 },
        reducedMotion: options.reducedMotion ? 'reduce' : 'no-preference',
      });
      context.on('request', (request) => {
        const target = request.url();
        if (!target.startsWith(origin) && !target.startsWith('data:') && !target.startsWith('blob:')) foreignRequests.push(target);
      });
      const page = await context.newPage();
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await page.goto(`${url}${options.hash ?? ''}`);
      return { context, page };
    },
    async close() {
      await browser.close();
      await new Promise<void>((resolve, reject) => server.httpServer.close((error) => (error ? reject(error) : resolve())));
    },
  };
}

/** Presses the number keys until the story ends, always taking choice `key`. Returns the turns taken. */
export async function playToEnd(page: Page, pick: (count: number, turn: number) => number, via: 'keyboard' | 'mouse'): Promise<number> {
  for (let turn = 0; turn < 200; turn += 1) {
    const choices = page.getByTestId('choice');
    const count = await choices.count();
    if (count === 0) return turn;
    const index = pick(count, turn);
    const before = await page.getByTestId('story-text').innerText();
    if (via === 'keyboard') await page.keyboard.press(String(index + 1));
    else await choices.nth(index).click();
    await page.waitForFunction((length) => (document.querySelector('[data-testid="story-text"]') as HTMLElement).innerText.length !== length, before.length);
    await choicesOpen(page);
  }
  throw new Error('the story did not end within 200 choices');
}

/** Waits until the page takes choices again: the lifecycle holds them for one frame after each choice. */
export async function choicesOpen(page: Page): Promise<void> {
  await page.waitForFunction(() => document.body.dataset.phase !== 'choosing');
}

/** Begins a new game from the title and waits for its first choices. */
export async function begin(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Begin' }).click();
  await page.getByTestId('choice').first().waitFor();
}
