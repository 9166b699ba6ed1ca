// `npm run bench`: the contract's budgets, measured. Sizes come from the build in dist/; timings come
// from Debian's Chromium with a 4× CPU slow-down, the game and a bare inkjs page side by side.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const benchDist = join(root, 'dist-bench');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-quic', '--disable-sync',
  // Chromium would load its address-bar popup in a renderer of its own for every context, never shown headless (as tests/browser/harness.ts).
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup,WebUIOmniboxFullPopup',
];

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SHOTS = join(root, 'test-results', 'bench');
const LH_RUNS = Number(process.env.BENCH_LH_RUNS ?? 3);

/** Every budget's verdict; the bench exits non-zero if any is over. */
const over = [];

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function row(what, value, budget, ok) {
  console.log(`${ok ? 'ok  ' : 'OVER'}  ${what.padEnd(62)} ${value.padStart(10)}   budget ${budget}`);
  if (!ok) over.push(what.trim());
}

/** The scripts index.html loads before anything runs: the entry and its static imports. */
function sizes() {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const initial = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)].map((match) => match[1]);
  // Every script the site serves: the game's chunks and the service worker.
  const all = [
    ...readdirSync(join(dist, 'assets')).filter((file) => file.endsWith('.js')).map((file) => `assets/${file}`),
    ...readdirSync(dist).filter((file) => file.endsWith('.js')),
  ];
  return {
    initial: initial.reduce((sum, file) => sum + gz(join(dist, file)), 0),
    all: all.reduce((sum, file) => sum + gz(join(dist, file)), 0),
    files: initial,
  };
}

async function serve(outDir) {
  const server = await preview({ root, logLevel: 'silent', build: { outDir }, preview: { port: 0, host: '127.0.0.1' } });
  return { url: server.resolvedUrls.local[0], close: () => new Promise((resolve) => server.httpServer.close(resolve)) };
}

/** For the game: when Begin worked, and how long the first text then took. */
const parts = [];

/** Milliseconds from navigation to the first story text, cold, with the CPU slowed four times. */
async function firstText(browser, url, clickBegin) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  // How long Begin is on screen before it works while not saying that it is loading, frame by frame.
  await page.addInitScript(() => {
    window.__beginIdle = 0;
    let since = null;
    const tick = (now) => {
      const begin = document.getElementById('begin-button');
      const ready = performance.getEntriesByName('begin-ready').length > 0;
      const saysLoading = begin?.getAttribute('aria-disabled') === 'true' || begin?.getAttribute('aria-busy') === 'true';
      if (begin && begin.offsetParent !== null && !ready && !saysLoading) since ??= now;
      else if (since !== null) {
        window.__beginIdle += Math.max(now - since, 16);
        since = null;
      }
      if (!ready) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await page.goto(url);
  let ms;
  if (clickBegin) {
    // The game shows its title first: count the time until Begin works, plus the time from the click
    // to the text, and not the benchmark's own delay in clicking.
    await page.waitForFunction(() => performance.getEntriesByName('begin-ready').length > 0);
    const ready = await page.evaluate(() => performance.getEntriesByName('begin-ready')[0].startTime);
    const clicked = await page.evaluate(() => {
      const at = performance.now();
      document.getElementById('begin-button').click();
      return at;
    });
    await page.waitForFunction(() => performance.getEntriesByName('first-story-text').length > 0);
    const shown = await page.evaluate(() => performance.getEntriesByName('first-story-text')[0].startTime);
    ms = ready + (shown - clicked);
    parts.push({ ready, render: shown - clicked, shownIdle: await page.evaluate(() => window.__beginIdle) });
  } else {
    await page.waitForFunction(() => performance.getEntriesByName('first-story-text').length > 0);
    ms = await page.evaluate(() => performance.getEntriesByName('first-story-text')[0].startTime);
  }
  await context.close();
  return ms;
}

/** A content note before the famine or the Terror holds the chapter's choices: read on past it. */
async function passNote(page) {
  const next = page.getByTestId('content-note-continue');
  if ((await next.count()) === 0) return;
  await next.click();
  await page.getByTestId('content-note').waitFor({ state: 'detached' });
}

/** Passes a content note, if one holds the choices, and brings choice `index` into view, as a reader does. */
async function reach(page, index) {
  await passNote(page);
  const choice = page.getByTestId('choice').nth(index);
  await choice.scrollIntoViewIfNeeded();
  // A smooth scroll may still be under way: the pointer goes where the choice comes to rest.
  await choice.evaluate(
    (element) =>
      new Promise((resolve) => {
        let last = NaN;
        const still = () => {
          const top = element.getBoundingClientRect().top;
          if (top === last) resolve();
          else requestAnimationFrame(still);
          last = top;
        };
        requestAnimationFrame(still);
      }),
  );
}

/**
 * Takes a choice by `act` (a key, a click) and waits until the story text has changed and the page
 * takes choices again: a new beat's text and then its choices come in tasks just after the choice
 * (src/ui/story-view.ts).
 */
async function takeChoice(page, act) {
  const length = await page.evaluate(() => document.querySelector('[data-testid="story-text"]').innerText.length);
  await act();
  await page.waitForFunction(
    (l) => document.querySelector('[data-testid="story-text"]').innerText.length !== l && document.body.dataset.phase !== 'choosing',
    length,
  );
}

/** Takes the first choice by its number key, as a keyboard player does. */
const pressFirst = (page) => takeChoice(page, () => page.keyboard.press('1'));

/** How long a student's finger holds the button down in a click (a quick click is 50–150 ms). */
const PRESS_MS = 80;

/**
 * Takes choice `index` (in view: `reach`) with a click of the mouse, and waits for the story text and
 * then the stage to move on. The click is the mouse's own, as a student's is: Playwright's element
 * click would add its own checks of what lies under the pointer to the page's click task. The button
 * is held for PRESS_MS, as a finger holds it: pressed and released at once, Chromium would handle the
 * press and the release in one task, which no real click makes.
 */
async function step(page, index) {
  const drawn = await page.evaluate(() => Number(document.getElementById('stage')?.dataset.drawn ?? 0));
  const box = await page.getByTestId('choice').nth(index).boundingBox();
  await takeChoice(page, () => page.mouse.click(box.x + box.width / 2, box.y + box.height / 2, { delay: PRESS_MS }));
  // The stage draws after the next paint; a beat it never reaches (the debrief took over) must not hang the bench.
  await page
    .waitForFunction((n) => Number(document.getElementById('stage')?.dataset.drawn ?? 0) > n && document.getElementById('stage')?.dataset.idle === 'true', drawn, { timeout: 5000 })
    .catch(() => undefined);
}

/**
 * The longest task on a renderer's main thread in a Chromium trace, in ms, and what it was (the click,
 * a frame, a timer or an idle callback); and what filled the longest of each kind: the stage's own
 * script (its timers and animation frames), the story's click handler, and the compositor's commit of
 * a frame.
 */
function longestTask(trace) {
  const { traceEvents } = JSON.parse(trace.toString('utf8'));
  const main = new Set(
    traceEvents.filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain').map((event) => `${event.pid}:${event.tid}`),
  );
  const onMain = traceEvents.filter((event) => event.ph === 'X' && main.has(`${event.pid}:${event.tid}`));
  const result = { longest: 0, kind: '', stage: 0, click: 0, commit: 0 };
  const kindOf = (inside) =>
    inside.some((event) => event.name === 'EventDispatch') ? 'input'
    : inside.some((event) => event.name === 'FireIdleCallback') ? 'idle callback'
    : inside.some((event) => event.name === 'Commit' || event.name === 'FireAnimationFrame') ? 'frame'
    : inside.some((event) => event.name === 'TimerFire') ? 'timer'
    : 'other';
  for (const task of onMain.filter((event) => event.name === 'RunTask')) {
    const inside = onMain.filter((event) => event.tid === task.tid && event.pid === task.pid && event.ts >= task.ts && event.ts + (event.dur ?? 0) <= task.ts + task.dur);
    const sum = (test) => inside.filter(test).reduce((total, event) => total + (event.dur ?? 0) / 1000, 0);
    if (task.dur / 1000 > result.longest) {
      result.longest = task.dur / 1000;
      result.kind = kindOf(inside);
    }
    result.stage = Math.max(result.stage, sum((event) => event.name === 'TimerFire' || event.name === 'FireAnimationFrame'));
    result.click = Math.max(result.click, sum((event) => event.name === 'EventDispatch' && event.args?.data?.type === 'click'));
    result.commit = Math.max(result.commit, sum((event) => event.name === 'Commit'));
  }
  return result;
}

/**
 * Two roads through the story that between them turn the stage to every scene: the first choice each
 * time (the congress, the Politburo, a poster) and each choice in turn (the countryside too).
 */
const ROADS = {
  first: () => 0,
  'each in turn': (count, turn) => turn % count,
};

/**
 * Pretends, in a page, that a graphics card draws its WebGL (as tests/browser/harness.ts's
 * withGraphicsCard): Chromium here has none and draws WebGL in software, where the stage draws on
 * Canvas instead (src/scenes/webgl-context.ts). The stage's WebGL is then measured as it runs on a
 * laptop with a card, but drawn by this machine's processor: the dearest case there is.
 */
function withGraphicsCard() {
  const UNMASKED_RENDERER_WEBGL = 0x9246;
  const getParameter = WebGLRenderingContext.prototype.getParameter;
  WebGLRenderingContext.prototype.getParameter = function (name) {
    return name === UNMASKED_RENDERER_WEBGL ? 'A graphics card' : getParameter.call(this, name);
  };
}

/**
 * The longest main-thread task while the stage turns from one scene to another, 4× CPU slow-down, on
 * `renderer` ('webgl' or 'canvas'): the story is played along `road`, and every step that changes the
 * scene is traced, from the click until the new scene's animations are over.
 */
async function sceneTransitions(browser, url, road, renderer) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  if (renderer === 'webgl') await context.addInitScript(withGraphicsCard);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(url);
  await page.getByRole('button', { name: 'Begin' }).click();
  await page.waitForFunction(() => Number(document.getElementById('stage')?.dataset.drawn ?? 0) > 0, null, { timeout: 60_000 });
  const drawnOn = await page.evaluate(() => document.getElementById('stage').dataset.renderer);
  if (drawnOn !== renderer) throw new Error(`The stage drew on ${drawnOn}, not on ${renderer}.`);
  // As a player reads the first text, the stage warms its other scenes up in idle moments.
  await page.waitForTimeout(4000);
  const canvas = await page.evaluate(() => {
    const element = document.querySelector('[data-testid="stage"] canvas');
    const attributes = element.getContext('webgl')?.getContextAttributes() ?? null;
    return { width: element.width, height: element.height, preserve: attributes?.preserveDrawingBuffer ?? false, antialias: attributes?.antialias ?? true };
  });
  const transitions = [];
  for (let turn = 0; turn < 200 && (await page.getByTestId('choice').count()) > 0; turn += 1) {
    const from = await page.evaluate(() => document.getElementById('stage').dataset.scene);
    await passNote(page);
    const index = ROADS[road](await page.getByTestId('choice').count(), turn);
    await reach(page, index);
    await browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline'] });
    await step(page, index);
    const tasks = longestTask(await browser.stopTracing());
    const to = await page.evaluate(() => document.getElementById('stage').dataset.scene);
    if (from !== to) transitions.push({ from, to, road, ...tasks });
  }
  await context.close();
  return { transitions, canvas };
}

/**
 * Passes over both roads for the transitions. A traced task on this shared machine now and then runs
 * long for reasons of the machine's own (another tenant, a stall): as every other timing here is a
 * median over runs, each transition's figures are its medians over the passes.
 */
const PASSES = Math.max(1, Math.min(RUNS, 3));

/**
 * Every scene transition on `renderer`, each with its median figures over PASSES passes of both roads,
 * and the single longest task it had in any pass. A story's fortune can vary the roads, so transitions
 * are matched by road, scenes and occurrence; one met in fewer passes has the median of those.
 */
async function transitionsOn(browser, url, renderer) {
  const byKey = new Map();
  let canvas = null;
  for (let pass = 0; pass < PASSES; pass += 1) {
    for (const road of Object.keys(ROADS)) {
      const walked = await sceneTransitions(browser, url, road, renderer);
      canvas = walked.canvas;
      const seen = new Map();
      for (const t of walked.transitions) {
        const pair = `${road}: ${t.from} → ${t.to}`;
        seen.set(pair, (seen.get(pair) ?? 0) + 1);
        const key = `${pair} #${seen.get(pair)}`;
        byKey.set(key, [...(byKey.get(key) ?? []), t]);
      }
    }
  }
  const transitions = [...byKey.values()].map((each) => {
    const ordered = [...each].sort((a, b) => a.longest - b.longest);
    const middle = ordered[Math.floor(ordered.length / 2)];
    const med = (key) => median(each.map((t) => t[key]));
    return { ...middle, stage: med('stage'), click: med('click'), commit: med('commit'), passes: each.map((t) => t.longest), worstPass: ordered[ordered.length - 1].longest };
  });
  return { transitions, canvas };
}

/**
 * What any WebGL frame costs this machine's main thread, whatever is drawn: a bare page with a WebGL
 * canvas of the stage's size and settings, cleared thirty times, 4× CPU slow-down. Without a GPU the
 * browser draws WebGL in software and reads every frame back for its compositor; that read-back is the
 * floor under the stage's WebGL figures, and it is the machine's, not the game's.
 */
async function webglFloor(browser, canvas) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.setContent(`<canvas width="${canvas.width}" height="${canvas.height}"></canvas>`);
  // The context is made, and a first frame shown, before the trace: the stage's is made long before a transition.
  await page.evaluate(
    ({ preserveDrawingBuffer, antialias }) =>
      new Promise((resolve) => {
        window.gl = document.querySelector('canvas').getContext('webgl', { preserveDrawingBuffer, antialias });
        window.gl.clear(window.gl.COLOR_BUFFER_BIT);
        requestAnimationFrame(() => setTimeout(resolve, 200));
      }),
    { preserveDrawingBuffer: canvas.preserve, antialias: canvas.antialias },
  );
  await browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  await page.evaluate(
    () =>
      new Promise((resolve) => {
        const gl = window.gl;
        let frames = 0;
        const frame = () => {
          gl.clearColor(frames % 2, 0.5, 0.5, 1);
          gl.clear(gl.COLOR_BUFFER_BIT);
          if ((frames += 1) < 30) requestAnimationFrame(frame);
          else setTimeout(resolve, 200);
        };
        requestAnimationFrame(frame);
      }),
  );
  const tasks = longestTask(await browser.stopTracing());
  await context.close();
  return tasks;
}

/** Heap after one playthrough and after ten, each after a forced garbage collection, in bytes. */
async function heapGrowth(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  await page.goto(url);
  await page.getByRole('button', { name: 'Begin' }).click();
  const sizes = [];
  for (let run = 0; run < 10; run += 1) {
    if (run > 0) {
      await page.getByTestId('restart').click();
      await page.getByTestId('restart-confirm').click();
    }
    await page.getByTestId('choice').first().waitFor();
    // Different roads each time, so that every scene and course is drawn and dropped again.
    for (let turn = 0; turn < 200 && (await page.getByTestId('choice').count()) > 0; turn += 1) {
      const count = await page.getByTestId('choice').count();
      await reach(page, (turn + run) % count);
      await step(page, (turn + run) % count);
    }
    await page.waitForTimeout(1000);
    if (run === 0 || run === 9) sizes.push(await heap());
  }
  await context.close();
  return { one: sizes[0], ten: sizes[1] };
}

/** Pages and states axe checks, and the impacts that fail the bench. */
const AXE_FAILS = new Set(['serious', 'critical']);

async function axe(page, where, found) {
  const result = await new AxeBuilder({ page }).analyze();
  for (const violation of result.violations.filter((v) => AXE_FAILS.has(v.impact))) {
    found.push(`${where}: ${violation.id} (${violation.impact}) × ${violation.nodes.length}: ${violation.nodes[0]?.target.join(' ')}`);
  }
}

/** Takes the first choice (by key) until the story ends; returns when the debrief shows. */
async function playThrough(page) {
  for (let turn = 0; turn < 200 && (await page.getByTestId('choice').count()) > 0; turn += 1) {
    await passNote(page);
    await pressFirst(page);
  }
  await page.getByTestId('debrief').waitFor();
}

/**
 * Layout shift on the title, in the story and in the debrief, as a student meets them (4× CPU
 * slow-down, a cold load, the typefaces arriving late), on a laptop and a phone; and axe's serious
 * and critical findings on each of those screens and on the class, teacher and essay pages.
 */
async function shiftsAndAxe(browser, url) {
  const shifts = [];
  const findings = [];
  for (const viewport of [{ width: 1366, height: 768 }, { width: 390, height: 844 }]) {
    const context = await browser.newContext({ viewport });
    await context.addInitScript(() => {
      window.__phase = 'title';
      window.__shifts = { title: 0, story: 0, debrief: 0 };
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shifts[window.__phase] += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(url);
    await page.evaluate(() => document.fonts.ready);
    await page.waitForTimeout(1000);
    if (viewport.width > 1000) await axe(page, 'title', findings);
    await page.evaluate(() => (window.__phase = 'story'));
    await page.getByRole('button', { name: 'Begin' }).click();
    await page.waitForFunction(() => document.getElementById('stage')?.dataset.idle === 'true', null, { timeout: 60_000 });
    if (viewport.width > 1000) await axe(page, 'story', findings);
    await playThrough(page);
    await page.evaluate(() => (window.__phase = 'debrief'));
    await page.waitForTimeout(1500);
    if (viewport.width > 1000) await axe(page, 'debrief', findings);
    const measured = await page.evaluate(() => window.__shifts);
    for (const [phase, value] of Object.entries(measured)) shifts.push({ where: `${phase} at ${viewport.width}×${viewport.height}`, value });
    await context.close();
  }
  for (const hash of ['#class', '#teacher', '#essay']) {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await page.goto(`${url}${hash}`);
    await page.waitForTimeout(1500);
    await axe(page, hash, findings);
    await context.close();
  }
  return { shifts, findings };
}

/** The picture and the choices together, at the five sizes a classroom uses; screenshots in test-results/bench/. */
const SIZES = [
  [390, 844],
  [820, 1180],
  [1280, 720],
  [1366, 768],
  [1920, 1080],
];

async function views(browser, url) {
  mkdirSync(SHOTS, { recursive: true });
  const results = [];
  for (const [width, height] of SIZES) {
    const context = await browser.newContext({ viewport: { width, height } });
    const page = await context.newPage();
    await page.goto(url);
    await page.getByRole('button', { name: 'Begin' }).click();
    for (let turn = 0; turn < 20 && (await page.locator('.choice--decision').count()) === 0; turn += 1) {
      await passNote(page);
      await pressFirst(page);
    }
    await page.waitForFunction(() => document.getElementById('stage')?.dataset.idle === 'true', null, { timeout: 60_000 });
    // The student reads down to the last choice.
    await page.getByTestId('choice').last().scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    const seen = await page.evaluate(() => {
      const canvas = document.querySelector('[data-testid="stage"] canvas');
      const picture = canvas.getBoundingClientRect();
      const choices = [...document.querySelectorAll('[data-testid="choice"]')].map((choice) => choice.getBoundingClientRect());
      const inView = (r) => r.top >= -1 && r.bottom <= innerHeight + 1 && r.left >= -1 && r.right <= innerWidth + 1;
      // A choice is visible if the picture's band does not lie over it.
      const clear = (r) => r.top >= picture.bottom - 1 || r.bottom <= picture.top + 1 || r.left >= picture.right - 1 || r.right <= picture.left + 1;
      const last = choices.at(-1);
      return {
        picture: inView(picture),
        choice: inView(last) && clear(last),
        label: (picture.width / 960) * Number(canvas.dataset.labelSize ?? 0),
      };
    });
    await page.screenshot({ path: join(SHOTS, `picture-and-choices-${width}x${height}.png`) });
    results.push({ width, height, ...seen });
    await context.close();
  }
  return results;
}

/**
 * The class board reading thirty real run codes (scripts/bench/class-codes.txt, some with reasons), with
 * the CPU slowed four times as on a school laptop: milliseconds from Show to the board on screen.
 */
async function classBoard(browser, url) {
  const codes = readFileSync(join(root, 'scripts/bench/class-codes.txt'), 'utf8');
  const times = [];
  for (let run = 0; run < RUNS; run += 1) {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await page.goto(`${url}#class`);
    await page.getByTestId('class-codes').fill(codes);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    times.push(
      await page.evaluate(async () => {
        const start = performance.now();
        const button = [...document.querySelectorAll('#class-view button')].find((b) => /show/i.test(b.textContent ?? ''));
        button.click();
        while (!document.querySelector('[data-testid="class-decision"]')) await new Promise((resolve) => requestAnimationFrame(resolve));
        return performance.now() - start;
      }),
    );
    const read = await page.locator('.board__summary').innerText();
    if (!/^30 of 30 run codes read/.test(read)) throw new Error(`The class board read the bench's codes wrongly: ${read}`);
    await context.close();
  }
  return median(times);
}

/** Lighthouse's performance score (mobile defaults, simulated throttling) on the game as served, compressed. */
async function lighthouseRuns(url) {
  const scores = [];
  let last = null;
  for (let run = 0; run < LH_RUNS; run += 1) {
    const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: ARGS });
    try {
      const result = await lighthouse(url, { port: chrome.port, onlyCategories: ['performance'], logLevel: 'error', output: 'json' });
      scores.push(Math.round(result.lhr.categories.performance.score * 100));
      last = result.lhr;
    } finally {
      await chrome.kill();
    }
  }
  const audit = (id) => last?.audits[id]?.displayValue ?? '?';
  return { score: median(scores), scores, detail: `FCP ${audit('first-contentful-paint')}, LCP ${audit('largest-contentful-paint')}, TBT ${audit('total-blocking-time')}, CLS ${audit('cumulative-layout-shift')}` };
}

/** Which parts to run: BENCH_ONLY=sizes,first,transitions,heap,shifts,board,views,lighthouse (default all). */
const ONLY = new Set((process.env.BENCH_ONLY ?? 'sizes,first,transitions,heap,shifts,board,views,lighthouse,suite').split(','));

/**
 * `npm test`, timed as a developer runs it (type check, unit and story tests, the browser tests with
 * their build); then the story walk alone (tests/story/full.test.ts, which walks every distinct state
 * of the story), timed with Vitest's start-up. Run last, so that nothing else competes for the two cores.
 */
function timed(command, args) {
  const started = performance.now();
  const run = spawnSync(command, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  return { passed: run.status === 0, seconds: (performance.now() - started) / 1000 };
}

function suite() {
  const whole = timed('npm', ['test']);
  const walk = timed('npx', ['vitest', 'run', '--project', 'story', 'tests/story/full.test.ts']);
  return { whole, walk };
}

async function main() {
  const size = sizes();
  console.log(`Lenin's Heirs: benchmarks (${RUNS} cold runs each, median)\n`);
  row(`JavaScript before the first story text (gzip, ${size.files.length} file(s))`, kb(size.initial), '≤ 80 KB', size.initial <= 80 * 1024);
  row('all JavaScript, the service worker included (gzip)', kb(size.all), '≤ 300 KB', size.all <= 300 * 1024);

  // Mode 'bench' (scripts/pwa.ts): the bare page gets no service worker.
  await build({ root, logLevel: 'silent', base: './', mode: 'bench', build: { outDir: benchDist, emptyOutDir: true, rollupOptions: { input: join(root, 'scripts/bench/bare.html') } } });
  const game = await serve(dist);
  const bare = await serve(benchDist);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    if (ONLY.has('first')) {
      const gameTimes = [];
      const bareTimes = [];
      for (let run = 0; run < RUNS; run += 1) {
        gameTimes.push(await firstText(browser, game.url, true));
        bareTimes.push(await firstText(browser, `${bare.url}scripts/bench/bare.html`, false));
      }
      const gameMs = median(gameTimes);
      const bareMs = median(bareTimes);
      row('first story text, cold, 4× CPU slow-down', `${gameMs.toFixed(0)} ms`, '≤ 1500 ms', gameMs <= 1500);
      console.log(`      (the game: Begin ready at ${median(parts.map((p) => p.ready)).toFixed(0)} ms, first text ${median(parts.map((p) => p.render)).toFixed(0)} ms after the click)`);
      row('  … against a bare inkjs page with the same story', `${(gameMs / bareMs).toFixed(2)}×`, `≤ 1.3× (bare: ${bareMs.toFixed(0)} ms)`, gameMs <= 1.3 * bareMs);
      const early = median(parts.map((p) => p.shownIdle));
      row('  Begin shown before it works, and not saying it is loading', `${early.toFixed(0)} ms`, '0 ms', early === 0);
    }
    if (ONLY.has('transitions')) {
      const { transitions, canvas } = await transitionsOn(browser, game.url, 'webgl');
      const floor = await webglFloor(browser, canvas);
      // Chromium here draws WebGL in software, so the stage draws on Canvas: as a student's laptop without a graphics card does.
      const { transitions: canvasTransitions } = await transitionsOn(browser, game.url, 'canvas');
      console.log(`      (scene transitions: each figure is the transition's median over ${PASSES} pass${PASSES === 1 ? '' : 'es'} of both roads)`);
      for (const [renderer, list] of [['WebGL', transitions], ['Canvas', canvasTransitions]]) {
        const worst = (key) => list.reduce((max, t) => Math.max(max, t[key]), 0);
        row(`longest main-thread task in a scene transition, ${renderer === 'WebGL' ? 'WebGL, a card pretended' : 'Canvas'} (${list.length})`, `${worst('longest').toFixed(0)} ms`, '≤ 50 ms', list.length > 0 && worst('longest') <= 50);
        console.log(`      (the longest in any single pass: ${worst('worstPass').toFixed(0)} ms)`);
        row(`  a choice's click handler, to its next text, ${renderer}`, `${worst('click').toFixed(0)} ms`, '≤ 16 ms × 4 (slow-down)', worst('click') <= 64);
        console.log(`      (the stage's own script: up to ${worst('stage').toFixed(0)} ms; the compositor's commit of a frame: up to ${worst('commit').toFixed(0)} ms)`);
        if (renderer === 'WebGL') {
          console.log(`      (the floor on this machine, a bare ${canvas.width}×${canvas.height} WebGL canvas${canvas.antialias ? '' : ' without multisampling'} cleared each frame: longest task ${floor.longest.toFixed(0)} ms, commit ${floor.commit.toFixed(0)} ms)`);
        }
        for (const t of list) {
          console.log(`      ${t.from} → ${t.to} (${t.road}): longest ${t.longest.toFixed(0)} ms (${t.kind}; passes ${t.passes.map((ms) => ms.toFixed(0)).join(', ')}), stage script ${t.stage.toFixed(0)}, click ${t.click.toFixed(0)}, commit ${t.commit.toFixed(0)}`);
        }
      }
    }
    if (ONLY.has('heap')) {
      const heap = await heapGrowth(browser, game.url);
      const growth = heap.ten / heap.one - 1;
      row('heap after ten playthroughs against after one', `${(growth * 100).toFixed(1)} %`, '≤ 20 %', growth <= 0.2);
      console.log(`      (after one: ${kb(heap.one)}, after ten: ${kb(heap.ten)})`);
    }
    if (ONLY.has('shifts')) {
      const { shifts, findings } = await shiftsAndAxe(browser, game.url);
      const worst = shifts.reduce((max, s) => (s.value > max.value ? s : max), shifts[0]);
      row('layout shift, title → story → debrief, laptop and phone', worst.value.toFixed(3), '≤ 0.02', worst.value <= 0.02);
      console.log(`      (${shifts.map((s) => `${s.where}: ${s.value.toFixed(3)}`).join('; ')})`);
      row('axe: serious or critical findings (title, story, debrief, class, teacher, essay)', String(findings.length), '0', findings.length === 0);
      for (const finding of findings) console.log(`      ${finding}`);
    }
    if (ONLY.has('board')) {
      const ms = await classBoard(browser, game.url);
      // The issue's measure: under a second on a school laptop, which the 4× slow-down stands for.
      row('the class board reading thirty run codes, 4× CPU slow-down', `${ms.toFixed(0)} ms`, '< 1000 ms', ms < 1000);
    }
    if (ONLY.has('views')) {
      const seen = await views(browser, game.url);
      const hidden = seen.filter((v) => !v.picture || !v.choice);
      row('the picture and the last choice in view together (5 sizes)', `${seen.length - hidden.length} of ${seen.length}`, 'all', hidden.length === 0);
      for (const v of hidden) console.log(`      ${v.width}×${v.height}: picture ${v.picture ? 'in view' : 'out of view'}, last choice ${v.choice ? 'in view' : 'hidden'}`);
      for (const v of seen.filter((v) => v.width >= 1280 && (v.height === 720 || v.height === 1080))) {
        row(`  the meters' labels at ${v.width}×${v.height}`, `${v.label.toFixed(1)} px`, '≥ 14 px', v.label >= 14);
      }
      console.log(`      (screenshots in ${SHOTS})`);
    }
  } finally {
    await browser.close();
    await bare.close();
    rmSync(benchDist, { recursive: true, force: true });
  }
  try {
    if (ONLY.has('lighthouse')) {
      const lh = await lighthouseRuns(game.url);
      row(`Lighthouse performance, mobile defaults (${LH_RUNS} runs)`, String(lh.score), '≥ 95', lh.score >= 95);
      console.log(`      (runs: ${lh.scores.join(', ')}; last: ${lh.detail})`);
    }
  } finally {
    await game.close();
  }
  if (ONLY.has('suite')) {
    const { whole, walk } = suite();
    row('npm test, the whole suite', `${whole.seconds.toFixed(0)} s`, '≤ 120 s', whole.passed && whole.seconds <= 120);
    row('  the story walk through every distinct state, alone', `${walk.seconds.toFixed(0)} s`, '≤ 60 s', walk.passed && walk.seconds <= 60);
    if (!whole.passed || !walk.passed) console.log('      (a run failed: its time does not count)');
  }
  console.log(over.length ? `\nOVER BUDGET: ${over.join('; ')}` : '\nEvery budget met.');
  process.exitCode = over.length ? 1 : 0;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
