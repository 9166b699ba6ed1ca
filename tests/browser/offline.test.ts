import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCREENSHOTS, builtGame, openRunCode, pressChoice, sharedBrowser, withoutWebGL } from './harness';
import { finishedRun } from './runs';
import { TEST_DIST } from './build';
import { serveFolder, type StaticServer } from './static-server';

/**
 * Offline play, as a school would host it: the built game in a sub-folder of a plain web server.
 * The service worker is registered after the first story text, then the network goes (Chromium's
 * offline mode, and the server answering 503 to anything that still reaches it), and every part of the
 * game must still work: a fresh load, the story, the stage, sound, fonts, the debrief, the glossary and
 * the class view. Every built file is in the worker's cache (checked below), so no step of a longer
 * game could need anything more; the motion and WebGL are stage.test.ts's (here the stage draws on Canvas).
 */

const DIST = fileURLToPath(new URL(`../../${TEST_DIST}/`, import.meta.url));
const PREFIX = '/school/games/lenins-heirs/';

let browser: Browser;
const pageErrors: string[] = [];
/** The contexts opened here, closed at the end even if a test fails half-way (the browser is the worker's). */
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  await builtGame();
  browser = await sharedBrowser();
});

afterAll(async () => {
  await Promise.all(contexts.map((context) => context.close()));
});

function builtFiles(folder: string): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.push(relative(folder, path).split('\\').join('/'));
    }
  };
  walk(folder);
  return files.sort();
}

async function openGame(url: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, reducedMotion: 'reduce' });
  contexts.push(context);
  await context.addInitScript(withoutWebGL);
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(url);
  return { context, page };
}

async function begin(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Begin' }).click();
  await page.getByTestId('choice').first().waitFor();
}

/** Waits for the worker to be active, then reloads once so that it controls the page. */
async function underServiceWorker(page: Page): Promise<string> {
  // A worker that never comes must fail the test, not hang it.
  const scope = await page.evaluate(() =>
    Promise.race([
      navigator.serviceWorker.ready.then((registration) => registration.scope),
      new Promise<string>((_, reject) => setTimeout(() => reject(new Error('no service worker was ready within 60 s')), 60_000)),
    ]),
  );
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  return scope;
}

/** The paths (relative to the game's folder) held in the worker's precache. */
async function precached(page: Page, base: string): Promise<string[]> {
  const urls = await page.evaluate(async () => {
    const found: string[] = [];
    for (const name of await caches.keys()) {
      if (!name.includes('precache')) continue;
      const cache = await caches.open(name);
      for (const request of await cache.keys()) found.push(request.url);
    }
    return found;
  });
  return urls.map((url) => new URL(url).pathname.slice(new URL(base).pathname.length)).sort();
}

describe('offline play from a sub-folder', () => {
  let server: StaticServer;

  beforeAll(async () => {
    server = await serveFolder(DIST, PREFIX);
  });

  afterAll(async () => {
    await server?.close();
  });

  it('precaches every built file, then plays, shows a finished game’s debrief, the glossary and the class view with the network gone', async () => {
    const { context, page } = await openGame(server.url);
    // Nothing is registered before the first story text.
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
    await begin(page);
    const scope = await underServiceWorker(page);
    expect(scope).toBe(server.url);

    const everyFile = builtFiles(DIST).filter((file) => file !== 'sw.js');
    expect(everyFile.some((file) => /^assets\/story-[0-9a-f]+\.json$/.test(file))).toBe(true);
    for (const kind of ['.js', '.css', '.wav', '.woff2', '.html']) expect(everyFile.some((file) => file.endsWith(kind))).toBe(true);
    // The fonts: the six faces of src/fonts.ts, each in its Latin and Latin Extended subsets, as WOFF2 alone.
    const fonts = everyFile.filter((file) => /\.woff2?$/.test(file));
    expect([fonts.length, fonts.every((file) => /-latin(-ext)?-\d{3}-(normal|italic)-[\w-]+\.woff2$/.test(file))]).toEqual([12, true]);
    expect(await precached(page, server.url)).toEqual(everyFile);

    // The network goes.
    await page.evaluate(() => localStorage.clear());
    server.down = true;
    await context.setOffline(true);
    const wav: string[] = [];
    page.on('response', (response) => {
      if (response.url().endsWith('.wav') && response.ok() && response.fromServiceWorker()) wav.push(response.url());
    });

    await page.reload();
    await begin(page);
    await page.locator('[data-testid="stage"] canvas').waitFor();
    // Sound on (the game starts with it off): Howler and the cue files come from the cache.
    await page.getByTestId('mute').click();
    await expect.poll(() => wav.length).toBeGreaterThan(0);
    await page.screenshot({ path: `${SCREENSHOTS}offline-first-beat.png` });
    await pressChoice(page, '1');
    await pressChoice(page, '1');
    // A finished game, made in Node, opened by its run code: its debrief and its late parts, from the cache.
    const { code } = finishedRun(1);
    await openRunCode(page, code);
    expect(await page.getByTestId('debrief-entry').count()).toBeGreaterThan(5);
    expect(await page.locator('.stage__fallback').count()).toBe(0);
    expect(await page.evaluate(() => document.fonts.check('16px "PT Serif"') && [...document.fonts].some((face) => face.status === 'loaded'))).toBe(true);
    await page.getByTestId('debrief').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENSHOTS}offline-debrief.png` });

    await page.getByRole('button', { name: 'Glossary' }).click();
    await page.locator('#glossary-dialog[open]').waitFor();
    expect(await page.locator('#glossary-list dt').count()).toBeGreaterThan(5);
    await page.keyboard.press('Escape');

    // The teacher's class view, in a new tab opened with no network at all.
    const teacher = await context.newPage();
    await teacher.goto(`${server.url}#class`);
    await teacher.getByTestId('class-codes').fill(`${code}\n${code}`);
    await teacher.getByRole('button', { name: /show/i }).click();
    await expect.poll(() => teacher.getByTestId('class-results').innerText()).toMatch(/2 of 2 run codes read/);
    await teacher.screenshot({ path: `${SCREENSHOTS}offline-class.png` });

    // Nothing reached the server but the browser's own check for a newer sw.js on navigation, which
    // fails harmlessly while offline (Chromium's offline mode does not cover that check).
    expect(server.whileDown.filter((path) => path !== `${PREFIX}sw.js`)).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});

describe('a new version', () => {
  let folder: string;
  let server: StaticServer;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'lenins-heirs-'));
    cpSync(DIST, folder, { recursive: true });
    server = await serveFolder(folder, '/');
  });

  afterAll(async () => {
    await server?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('waits while the old one is open, is offered with a notice, and takes over whole on Reload', async () => {
    const { context, page } = await openGame(server.url);
    await begin(page);
    await underServiceWorker(page);
    // The page watches for updates from its first story text on; the game begun above is continued.
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByTestId('choice').first().waitFor();

    // Deploy a "new version": a changed page, and a worker whose manifest names its new revision.
    const html = readFileSync(join(folder, 'index.html'), 'utf8');
    writeFileSync(join(folder, 'index.html'), html.replace('<head>', '<head>\n    <meta name="version" content="2" />'));
    const sw = readFileSync(join(folder, 'sw.js'), 'utf8');
    const revision = /url:"index\.html",revision:"([0-9a-f]+)"/.exec(sw)?.[1];
    expect(revision).toBeTruthy();
    writeFileSync(join(folder, 'sw.js'), sw.replace(`revision:"${revision}"`, 'revision:"00000000000000000000000000000002"'));

    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await page.getByTestId('update-ready').waitFor();
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state)).toBe('installed');
    expect(await page.getByTestId('update-ready').innerText()).toMatch(/new version/i);

    // Until the player reloads, every page is still the old version, whole, even a new tab.
    const other = await context.newPage();
    await other.goto(server.url);
    await other.getByRole('button', { name: 'Begin' }).waitFor();
    expect(await other.locator('meta[name="version"]').count()).toBe(0);
    await other.close();

    await Promise.all([page.waitForEvent('load'), page.getByTestId('update-ready').getByRole('button', { name: 'Reload' }).click()]);
    await page.getByRole('button', { name: /Begin|Continue/ }).first().waitFor();
    expect(await page.locator('meta[name="version"]').getAttribute('content')).toBe('2');
    const state = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return { waiting: registration?.waiting ?? null, controlled: navigator.serviceWorker.controller !== null };
    });
    expect(state).toEqual({ waiting: null, controlled: true });
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
