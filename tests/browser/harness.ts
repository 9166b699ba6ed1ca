import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { preview, type Plugin, type PreviewServer } from 'vite';
import { expect, inject } from 'vitest';
import { STORAGE_PREFIX } from '../../src/config';
import { TEST_DIST } from './build';

/** Debian's Chromium, as .ci/run installs it; Playwright's own browser downloads cannot work here. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-quic',
  '--disable-sync',
  // Chromium's own address bar popup, which it otherwise loads as a page in a renderer of its own for
  // every new context (most of a CPU-second each time), though a headless browser never shows it.
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup,WebUIOmniboxFullPopup',
];

const root = fileURLToPath(new URL('../..', import.meta.url));
export const SCREENSHOTS = fileURLToPath(new URL('../../test-results/', import.meta.url));

/**
 * Waits until the browser project's global setup (build.ts) has built the game, which it does while
 * the unit and story tests run; throws with the build's own output if a build failed.
 */
export async function builtGame(): Promise<void> {
  const gate = inject('buildGate');
  if (!gate) return;
  const response = await fetch(gate);
  if (!response.ok) throw new Error(await response.text());
}

/** What every page of a harness gets unless `open` says otherwise. */
export interface PageDefaults {
  /**
   * Whether the illustrated stage may load. Where it may not, the server refuses its chunk and the page
   * goes on without it, as on a failed load (stage.test.ts shows that it does): the way to test what does
   * not depend on the picture without drawing it in software on a two-core machine at every step.
   */
  stage: boolean;
  /**
   * Whether the service worker may install. Each new context is a new visitor, and its worker would
   * download and cache every built file behind the test; offline.test.ts and csp.test.ts keep it.
   */
  serviceWorker: boolean;
  /**
   * Whether the page asks for reduced motion: then new text does not slide in, nor the story scroll
   * smoothly to it, and the stage cuts rather than animates. Motion is stage.test.ts's subject; elsewhere
   * it would cost every click the animation frames it draws (twice a still click's CPU) and Playwright's
   * wait for the choice to stop moving.
   */
  reducedMotion: boolean;
}

export interface OpenOptions extends Partial<PageDefaults> {
  /**
   * A context of the test's own, closed by `close()`: for a test that changes the context itself (its
   * routes, permissions, other pages, the network). Otherwise the harness may hand over the page it
   * keeps for its file, cleared of what the last test stored and loaded afresh.
   */
  fresh?: boolean;
  hash?: string;
  /** `false`: the page finds no WebGL and the stage draws on Canvas (`withoutWebGL`), in a context of its own. */
  webgl?: boolean;
  /** The page's WebGL names a graphics card and the stage draws on WebGL (`withGraphicsCard`), in a context of its own. */
  graphicsCard?: boolean;
  viewport?: { width: number; height: number };
  /** What the browser has stored for the game before the page opens, by key without the game's prefix (`save`, `settings`, …). */
  storage?: Record<string, string>;
}

/** The built game served by `vite preview`, and a Chromium to open it in. */
export interface Harness {
  /** The game's address, with the stage or without as the harness's defaults say. */
  url: string;
  /** Every request the pages made to a host other than the game's own. */
  foreignRequests: string[];
  /** Uncaught errors thrown in any page. */
  pageErrors: string[];
  /**
   * Content-Security-Policy violations in any page, from its first script on: what its listener heard
   * (an init script, before the game's own code) and Chromium's "Refused to …" console lines.
   */
  violations: string[];
  /** A page open on the game, with empty storage unless `storage` is given; `close()` when done with it. */
  open(options?: OpenOptions): Promise<Opened>;
  /** Closes every context the harness opened; the browser and the server stay for the worker's next file. */
  close(): Promise<void>;
}

export interface Opened {
  context: BrowserContext;
  page: Page;
  /** Done with the page: the page the harness keeps is left for the next test, any other context closed. */
  close(): Promise<void>;
}

const VIEWPORT = { width: 1366, height: 768 };

/**
 * An init script for the pages that show the stage without testing its picture (offline.test.ts,
 * single-file.test.ts, csp.test.ts): the page finds no WebGL, as on a machine without it, and the stage draws on
 * Canvas. WebGL is drawn in software here, the dearest thing a page does on a two-core machine;
 * stage.test.ts tests the stage on both.
 */
export function withoutWebGL(): void {
  const getContext = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, options?: unknown) {
    return /webgl/i.test(type) ? null : getContext.call(this, type, options);
  } as typeof getContext;
}

/**
 * An init script for the tests of the stage's WebGL: the page's WebGL gives a graphics card's name as
 * its renderer, so the stage draws on WebGL as on a laptop with a card. Chromium here has none and
 * draws WebGL in software (SwiftShader), where the stage would otherwise draw on Canvas (webgl-context.ts).
 */
export function withGraphicsCard(): void {
  const UNMASKED_RENDERER_WEBGL = 0x9246;
  const getParameter = WebGLRenderingContext.prototype.getParameter;
  WebGLRenderingContext.prototype.getParameter = function (this: WebGLRenderingContext, name: number) {
    return name === UNMASKED_RENDERER_WEBGL ? 'A graphics card' : getParameter.call(this, name);
  } as typeof getParameter;
}

/** The stage's script chunk: refused where a page opens without the stage. */
const STAGE_CHUNK = /\/assets\/stage-[^/]*\.js$/;

/** The folder the server shows the game in again with its stage refused, for the pages that go without it. */
const WITHOUT_STAGE = 'no-stage/';

/** An empty page of the game's own origin, which the kept page goes to between tests. */
const BETWEEN_TESTS = '__blank__';

/**
 * What the tests' server adds to the built game: the game again under WITHOUT_STAGE, where its stage
 * chunk answers 404, and an empty page. Refused here rather than by Playwright's request interception,
 * which turns Chromium's cache off for the whole context: every page load would then fetch and compile
 * all of the game's scripts again.
 */
function testPages(): Plugin {
  return {
    name: 'lenins-heirs:test-pages',
    configurePreviewServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = request.url ?? '/';
        if (path === `/${BETWEEN_TESTS}`) {
          response.setHeader('Content-Type', 'text/html; charset=utf-8');
          response.end('<!doctype html><title>between tests</title>');
          return;
        }
        if (path.startsWith(`/${WITHOUT_STAGE}`)) {
          if (STAGE_CHUNK.test(path.split('?')[0] ?? '')) {
            response.statusCode = 404;
            response.end();
            return;
          }
          request.url = path.slice(WITHOUT_STAGE.length);
        }
        next();
      });
    },
  };
}

/*
 * The browser project runs its files one after another in the same two workers (`isolate: false` in
 * vite.config.ts), and each worker keeps one Chromium and one server of the built game for all of
 * them: a launch costs more than a CPU-second. A test file closes only the contexts it opened.
 */
let browser: Browser | undefined;
let serving: Promise<string> | undefined;

/** The worker's Chromium, launched on first use (and again if it has gone). */
export async function sharedBrowser(): Promise<Browser> {
  if (!browser?.isConnected()) browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  return browser;
}

/** The address of the built game, served by `vite preview` once it is built. */
function servedGame(): Promise<string> {
  serving ??= (async () => {
    await builtGame();
    if (!existsSync(`${root}${TEST_DIST}/index.html`)) throw new Error(`The browser project's global setup builds the game into ${TEST_DIST}/; it is missing.`);
    const server: PreviewServer = await preview({
      root,
      logLevel: 'silent',
      plugins: [testPages()],
      build: { outDir: TEST_DIST },
      preview: { port: 0, host: '127.0.0.1' },
    });
    const url = server.resolvedUrls?.local[0];
    if (!url) throw new Error('vite preview did not report its address');
    return url;
  })();
  return serving;
}

export async function startHarness(defaults: PageDefaults): Promise<Harness> {
  const served = await servedGame();
  /** The game's address, with its stage or without. */
  const address = (stage: boolean) => (stage ? served : `${served}${WITHOUT_STAGE}`);
  mkdirSync(SCREENSHOTS, { recursive: true });
  const browser = await sharedBrowser();
  const origin = new URL(served).origin;
  /** Every context this harness opened and has not closed yet. */
  const contexts = new Set<BrowserContext>();
  const foreignRequests: string[] = [];
  const pageErrors: string[] = [];
  const violations: string[] = [];
  /** The page kept for the tests that ask for nothing of their own, and whether a test has it now. */
  let kept: { context: BrowserContext; page: Page; busy: boolean } | null = null;
  const release = async (): Promise<void> => {
    if (!kept) return;
    await kept.page.unrouteAll({ behavior: 'ignoreErrors' });
    kept.busy = false;
  };
  return {
    url: address(defaults.stage),
    foreignRequests,
    pageErrors,
    violations,
    async open(options = {}) {
      const { stage, serviceWorker, reducedMotion } = { ...defaults, ...options };
      const stored = Object.entries(options.storage ?? {}).map(([key, value]) => ({ name: `${STORAGE_PREFIX}${key}`, value }));
      const keepable = !options.fresh && options.webgl !== false && !options.graphicsCard && stage === defaults.stage && serviceWorker === defaults.serviceWorker;
      if (keepable && kept && !kept.busy) {
        // A new page costs a new renderer process on top of the load: clear the kept one instead.
        const { context, page } = kept;
        kept.busy = true;
        await page.goto(`${served}${BETWEEN_TESTS}`); // the last test's game unloads, with whatever it saves on the way out
        await page.evaluate((entries) => {
          localStorage.clear();
          sessionStorage.clear();
          for (const { name, value } of entries) localStorage.setItem(name, value);
        }, stored);
        await page.setViewportSize(options.viewport ?? VIEWPORT);
        await page.emulateMedia({ media: 'screen', reducedMotion: reducedMotion ? 'reduce' : 'no-preference' });
        await page.goto(`${address(stage)}${options.hash ?? ''}`);
        return { context, page, close: release };
      }
      const context = await browser.newContext({
        viewport: options.viewport ?? VIEWPORT,
        reducedMotion: reducedMotion ? 'reduce' : 'no-preference',
        serviceWorkers: serviceWorker ? 'allow' : 'block',
        storageState: { cookies: [], origins: stored.length > 0 ? [{ origin, localStorage: stored }] : [] },
      });
      contexts.add(context);
      context.on('close', () => contexts.delete(context));
      context.on('request', (request) => {
        const target = request.url();
        if (!target.startsWith(origin) && !target.startsWith('data:') && !target.startsWith('blob:')) foreignRequests.push(target);
      });
      if (options.webgl === false) await context.addInitScript(withoutWebGL);
      if (options.graphicsCard) await context.addInitScript(withGraphicsCard);
      await context.addInitScript(() => {
        addEventListener(
          'securitypolicyviolation',
          (event) => console.error(`securitypolicyviolation: ${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`),
          true,
        );
      });
      context.on('console', (message) => {
        if (/^securitypolicyviolation: |Content Security Policy/i.test(message.text())) violations.push(message.text());
      });
      const page = await context.newPage();
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await page.goto(`${address(stage)}${options.hash ?? ''}`);
      if (keepable && !kept) {
        kept = { context, page, busy: true };
        return { context, page, close: release };
      }
      return { context, page, close: () => context.close() };
    },
    async close() {
      await Promise.all([...contexts].map((context) => context.close()));
    },
  };
}

/** Asserts that no page of the harness asked another host for anything, threw, or broke the Content-Security-Policy. */
export function expectNothingAmiss(harness: Harness): void {
  const { foreignRequests, pageErrors, violations } = harness;
  expect({ foreignRequests, pageErrors, violations }).toEqual({ foreignRequests: [], pageErrors: [], violations: [] });
}

/** A fingerprint of the stage's picture: a coarse grid of its pixels, and how many colours each part holds. */
export interface CanvasPrint {
  grid: string;
  colours: number;
  /** Colours in the scene, above the strip of meters and timeline. */
  sceneColours: number;
  stripColours: number;
  /** Whether the stage said, as the pixels were read, that its picture was finished and nothing moved (its `data-idle`). */
  still: boolean;
}

/** The share of the canvas's height the scene takes; the strip of meters and timeline is beneath it. */
const SCENE_SHARE = 540 / 780;

/**
 * Reads the stage's canvas into a coarse fingerprint. The one place the tests read the picture's pixels
 * (the WebGL canvas keeps its drawing buffer, src/scenes/stage.ts): if the stage stops keeping it, only
 * this needs another way to read them.
 */
export async function canvasPrint(page: Page): Promise<CanvasPrint> {
  return page.evaluate((share) => {
    const canvas = document.querySelector('[data-testid="stage"] canvas') as HTMLCanvasElement;
    const copy = document.createElement('canvas');
    copy.width = 96;
    copy.height = 78;
    const context = copy.getContext('2d') as CanvasRenderingContext2D;
    context.drawImage(canvas, 0, 0, copy.width, copy.height);
    const data = context.getImageData(0, 0, copy.width, copy.height).data;
    const all = new Set<string>();
    const scene = new Set<string>();
    const strip = new Set<string>();
    let grid = '';
    for (let i = 0; i < data.length; i += 4) {
      const key = `${data[i]! >> 4},${data[i + 1]! >> 4},${data[i + 2]! >> 4}`;
      all.add(key);
      const row = Math.floor(i / 4 / copy.width);
      (row < copy.height * share ? scene : strip).add(key);
      grid += key + ';';
    }
    const still = document.getElementById('stage')?.dataset.idle === 'true';
    return { grid, colours: all.size, sceneColours: scene.size, stripColours: strip.size, still };
  }, SCENE_SHARE);
}

/**
 * The debrief once it is all built: it is built part by part after the ending is on screen, and is busy
 * (`aria-busy`) until the last part is in. Hidden before an ending, so waiting for it to show waits for one.
 */
export const DEBRIEF_BUILT = '[data-testid="debrief"]:not([aria-busy])';

/**
 * Follows a run's link (`#run=CODE`) in the page as it stands, a new address in the same document, as
 * a QR code read while the game is open would be, and waits until that run's own debrief cards are drawn.
 */
export async function openRunCode(page: Page, code: string): Promise<void> {
  await page.evaluate((hash) => {
    location.hash = hash;
  }, `#run=${code}`);
  await page.waitForFunction((code) => document.querySelector('[data-testid="run-code"]')?.textContent?.trim() === code, code);
  await page.getByTestId('debrief-entry').first().waitFor();
}

/** The id or text of the element that has the keyboard focus. */
export function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    return element ? `${element.tagName}:${element.id || element.textContent?.trim().slice(0, 40)}` : '';
  });
}

/** Presses the number keys until the story ends, always taking choice `key`. Returns the turns taken. */
export async function playToEnd(page: Page, pick: (count: number, turn: number) => number, via: 'keyboard' | 'mouse'): Promise<number> {
  for (let turn = 0; turn < 200; turn += 1) {
    await passContentNote(page, via);
    const { count, chosen } = await page.evaluate(() => ({
      count: document.querySelectorAll('[data-testid="choice"]').length,
      chosen: document.querySelectorAll('.chosen').length,
    }));
    if (count === 0) return turn;
    const index = pick(count, turn);
    if (via === 'keyboard') await page.keyboard.press(String(index + 1));
    else await page.getByTestId('choice').nth(index).click();
    await movedOn(page, chosen);
  }
  throw new Error('the story did not end within 200 choices');
}

/**
 * Waits until the story has taken the choice after the `chosen` taken before it (each adds a "You
 * chose" line) and takes choices again (the game holds them until they are on screen, and after a
 * number key for NEXT_CHOICE_AFTER_KEY_MS, game.ts).
 */
export async function movedOn(page: Page, chosen: number): Promise<void> {
  await page.waitForFunction((n) => document.querySelectorAll('.chosen').length > n && document.body.dataset.phase !== 'choosing', chosen);
}

/** How many choices the page shows as taken. */
export function chosenCount(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelectorAll('.chosen').length);
}

/** A content note before the famine or the Terror holds the chapter and its choices: read on past it. */
export async function passContentNote(page: Page, via: 'keyboard' | 'mouse'): Promise<void> {
  const next = page.getByTestId('content-note-continue');
  if ((await next.count()) === 0) return;
  // The note takes the focus, so Enter is what a keyboard player presses.
  if (via === 'keyboard') await page.keyboard.press('Enter');
  else await next.click();
  await page.getByTestId('content-note').waitFor({ state: 'detached' });
}

/** Waits until the page takes choices again: the game holds them a moment after each choice (movedOn). */
export async function choicesOpen(page: Page): Promise<void> {
  await page.waitForFunction(() => document.body.dataset.phase !== 'choosing');
}

/** Begins a new game from the title and waits for its first choices. */
export async function begin(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Begin' }).click();
  await page.getByTestId('choice').first().waitFor();
}

/** The stage's count of drawings so far (its `data-drawn`). */
export async function drawnCount(page: Page): Promise<number> {
  return page.evaluate(() => Number(document.getElementById('stage')?.dataset.drawn ?? 0));
}

/** Waits until the stage has drawn more than `after` beats and its animations are over (`data-idle`). */
export async function stageStill(page: Page, after = 0): Promise<void> {
  await page.waitForFunction(
    (n) => {
      const stage = document.getElementById('stage');
      return Number(stage?.dataset.drawn ?? 0) > n && stage?.dataset.idle === 'true';
    },
    after,
    { timeout: 30_000 },
  );
}

/** Presses a number key and waits for the story text to move on. */
export async function pressChoice(page: Page, key: string): Promise<void> {
  const chosen = await chosenCount(page);
  await page.keyboard.press(key);
  await movedOn(page, chosen);
}
