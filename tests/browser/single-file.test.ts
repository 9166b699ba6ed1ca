import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SINGLE_FILE } from '../../scripts/single-file';
import { SCREENSHOTS, builtGame, openRunCode, pressChoice, sharedBrowser, withoutWebGL } from './harness';
import { finishedRun } from './runs';

/**
 * `npm run build:single`: the whole game in one HTML file, played the way a teacher would from a USB
 * stick, by opening it as a file:// page. No server runs in this test at all; the page must ask for
 * nothing but its own data: URIs, and its own hash-based policy must refuse nothing it needs.
 */

const PATH = fileURLToPath(new URL(`../../dist-single/${SINGLE_FILE}`, import.meta.url));

let browser: Browser;
/** The contexts opened here, closed at the end even if a test fails half-way (the browser is the worker's). */
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  await builtGame();
  statSync(PATH); // fails with the path when `npm run build:single` has not run
  browser = await sharedBrowser();
});

afterAll(async () => {
  await Promise.all(contexts.map((context) => context.close()));
});

declare global {
  interface Window {
    __violations: string[];
  }
}

interface Watch {
  context: BrowserContext;
  requests: string[];
  errors: string[];
  warnings: string[];
}

async function openContext(): Promise<Watch> {
  // The motion and WebGL are stage.test.ts's (here the stage draws on Canvas).
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, reducedMotion: 'reduce' });
  contexts.push(context);
  await context.addInitScript(withoutWebGL);
  await context.addInitScript(() => {
    window.__violations = [];
    window.addEventListener('securitypolicyviolation', (event) => window.__violations.push(`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'}`), true);
  });
  const watch: Watch = { context, requests: [], errors: [], warnings: [] };
  context.on('request', (request) => {
    if (!request.url().startsWith('data:') && !request.url().startsWith('blob:')) watch.requests.push(request.url());
  });
  context.on('page', (page: Page) => {
    page.on('pageerror', (error) => watch.errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'warning' || message.type() === 'error') watch.warnings.push(message.text());
    });
  });
  return watch;
}

describe('the single-file build', () => {
  it('is one page with everything inside it and no service worker', () => {
    const html = readFileSync(PATH, 'utf8');
    const scripts = [...html.matchAll(/<script\b([^>]*)>[\s\S]*?<\/script>/g)];
    const styles = [...html.matchAll(/<style\b[^>]*>[\s\S]*?<\/style>/g)];
    expect(scripts.map((match) => match[1])).toEqual([' type="module"']);
    expect(styles).toHaveLength(1);
    // Outside its script and its style, the page points at no file: every src and href is data: or an anchor.
    let shell = html;
    for (const match of [...scripts, ...styles]) shell = shell.replace(match[0], '');
    expect(shell.match(/\s(?:src|href)="(?!data:|#)[^"]*"/g) ?? []).toEqual([]);
    expect(shell).not.toMatch(/<link rel="(?:stylesheet|preload|modulepreload)"/);
    expect(html).toMatch(/data:font\/woff2;base64,/);
    expect(html).toMatch(/data:audio\/wav;base64,/);
    expect(html).not.toMatch(/sw\.js|serviceWorker/);
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-[^']+'; style-src 'sha256-[^']+';/);
  });

  it('plays from file://, shows a finished game’s debrief, with the stage, sound, fonts, glossary and class view, asking nothing of the network', async () => {
    const watch = await openContext();
    const page = await watch.context.newPage();
    const url = pathToFileURL(PATH).href;
    await page.goto(url);
    await page.getByRole('button', { name: 'Begin' }).click();
    await page.getByTestId('choice').first().waitFor();
    expect(await page.getByTestId('story-text').innerText()).toMatch(/Kronstadt/);
    await page.locator('[data-testid="stage"] canvas').waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}single-first-beat.png` });
    // Sound on: the game starts with it off, and fetches Howler only when it is wanted.
    await page.getByTestId('mute').click();

    await pressChoice(page, '1');
    await pressChoice(page, '1');
    // A finished game, made in Node, opened by its run code: everything the debrief needs is in the file too.
    const { code } = finishedRun(1);
    await openRunCode(page, code);
    expect(await page.getByTestId('debrief-entry').count()).toBeGreaterThan(5);
    expect(await page.locator('.stage__fallback').count()).toBe(0);
    await page.evaluate(() => document.fonts.ready);
    expect(await page.evaluate(() => [...document.fonts].filter((face) => face.status === 'loaded').map((face) => face.family))).toContain('PT Serif');
    // Every sound decoded from its data: URI (Howler, loaded by the first gesture, keeps its Howls on window.Howler).
    const sounds = () =>
      page.evaluate(() => ((window as unknown as { Howler?: { _howls: { state(): string }[] } }).Howler?._howls ?? []).map((howl) => howl.state()));
    await expect.poll(async () => (await sounds()).filter((state) => state === 'loaded').length).toBeGreaterThanOrEqual(6);
    expect(await sounds()).not.toContain('unloaded');
    expect(watch.warnings.filter((line) => /audio|sound/i.test(line))).toEqual([]);
    await page.getByTestId('debrief').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENSHOTS}single-debrief.png` });

    await page.getByRole('button', { name: 'Glossary' }).click();
    await page.locator('#glossary-dialog[open]').waitFor();
    expect(await page.locator('#glossary-list dt').count()).toBeGreaterThan(5);
    await page.keyboard.press('Escape');

    const teacher = await watch.context.newPage();
    await teacher.goto(`${url}#class`);
    await teacher.getByTestId('class-codes').fill(code);
    await teacher.getByRole('button', { name: /show/i }).click();
    await expect.poll(() => teacher.getByTestId('class-results').innerText()).toMatch(/1 of 1 run codes? read/);
    await teacher.screenshot({ path: `${SCREENSHOTS}single-class.png` });

    expect(await page.evaluate(() => window.__violations)).toEqual([]);
    expect(await teacher.evaluate(() => window.__violations)).toEqual([]);
    expect(await page.evaluate(() => navigator.serviceWorker?.controller ?? null)).toBeNull();
    // Only the file itself, opened twice.
    expect(watch.requests).toEqual([url, `${url}#class`].map((address) => address.replace(/#.*$/, '')));
    expect(watch.errors).toEqual([]);

    // The hash policy is really in force: an injected inline script is refused and heard.
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__ran = true;';
      document.body.append(script);
    });
    await expect.poll(() => page.evaluate(() => window.__violations.map((line) => line.split(' ')[0]))).toEqual(['script-src-elem']);
    await watch.context.close();
  });
});
