// `npm run bench`: the contract's budgets, measured. Sizes come from the build in dist/; timings come
// from Debian's Chromium with a 4× CPU slow-down, the game and a bare inkjs page side by side.
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const benchDist = join(root, 'dist-bench');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-quic', '--disable-sync'];

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function row(what, value, budget, ok) {
  console.log(`${ok ? 'ok  ' : 'OVER'}  ${what.padEnd(58)} ${value.padStart(10)}   budget ${budget}`);
}

/** The scripts index.html loads before anything runs: the entry and its static imports. */
function sizes() {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const initial = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)].map((match) => match[1]);
  const all = readdirSync(join(dist, 'assets')).filter((file) => file.endsWith('.js')).map((file) => `assets/${file}`);
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
    parts.push({ ready, render: shown - clicked });
  } else {
    await page.waitForFunction(() => performance.getEntriesByName('first-story-text').length > 0);
    ms = await page.evaluate(() => performance.getEntriesByName('first-story-text')[0].startTime);
  }
  await context.close();
  return ms;
}

/** Takes choice `index` and waits for the story text and then the stage to move on. */
async function step(page, index) {
  const drawn = await page.evaluate(() => Number(document.getElementById('stage')?.dataset.drawn ?? 0));
  const text = await page.evaluate(() => document.querySelector('[data-testid="story-text"]').innerText.length);
  await page.getByTestId('choice').nth(index).click();
  await page.waitForFunction((length) => document.querySelector('[data-testid="story-text"]').innerText.length !== length, text);
  // The stage draws after the next paint; a beat it never reaches (the debrief took over) must not hang the bench.
  await page
    .waitForFunction((n) => Number(document.getElementById('stage')?.dataset.drawn ?? 0) > n, drawn, { timeout: 5000 })
    .catch(() => undefined);
}

/**
 * The longest task on a renderer's main thread in a Chromium trace, in ms, and what filled the
 * longest of each kind: the stage's own script (its timers and animation frames), the story's click
 * handler, and the compositor's commit of a frame.
 */
function longestTask(trace) {
  const { traceEvents } = JSON.parse(trace.toString('utf8'));
  const main = new Set(
    traceEvents.filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain').map((event) => `${event.pid}:${event.tid}`),
  );
  const onMain = traceEvents.filter((event) => event.ph === 'X' && main.has(`${event.pid}:${event.tid}`));
  const result = { longest: 0, stage: 0, click: 0, commit: 0 };
  for (const task of onMain.filter((event) => event.name === 'RunTask')) {
    const inside = onMain.filter((event) => event.tid === task.tid && event.pid === task.pid && event.ts >= task.ts && event.ts + (event.dur ?? 0) <= task.ts + task.dur);
    const sum = (test) => inside.filter(test).reduce((total, event) => total + (event.dur ?? 0) / 1000, 0);
    result.longest = Math.max(result.longest, task.dur / 1000);
    result.stage = Math.max(result.stage, sum((event) => event.name === 'TimerFire' || event.name === 'FireAnimationFrame'));
    result.click = Math.max(result.click, sum((event) => event.name === 'EventDispatch' && event.args?.data?.type === 'click'));
    result.commit = Math.max(result.commit, sum((event) => event.name === 'Commit'));
  }
  return result;
}

/**
 * The longest main-thread task while the stage turns from one scene to another, 4× CPU slow-down:
 * the story is played with the first choice, and every step that changes the scene is traced, from
 * the click until the new scene's animations are over.
 */
async function sceneTransitions(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(url);
  await page.getByRole('button', { name: 'Begin' }).click();
  await page.waitForFunction(() => Number(document.getElementById('stage')?.dataset.drawn ?? 0) > 0, null, { timeout: 60_000 });
  // As a player reads the first text, the stage warms its other scenes up in idle moments.
  await page.waitForTimeout(4000);
  const transitions = [];
  for (let turn = 0; turn < 200 && (await page.getByTestId('choice').count()) > 0; turn += 1) {
    const from = await page.evaluate(() => document.getElementById('stage').dataset.scene);
    await browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline'] });
    await step(page, 0);
    await page.waitForTimeout(900);
    const tasks = longestTask(await browser.stopTracing());
    const to = await page.evaluate(() => document.getElementById('stage').dataset.scene);
    if (from !== to) transitions.push({ from, to, ...tasks });
  }
  await context.close();
  return transitions;
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
      await step(page, (turn + run) % count);
    }
    await page.waitForTimeout(1000);
    if (run === 0 || run === 9) sizes.push(await heap());
  }
  await context.close();
  return { one: sizes[0], ten: sizes[1] };
}

async function main() {
  const size = sizes();
  console.log(`Lenin's Heirs: benchmarks (${RUNS} cold runs each, median)\n`);
  row(`JavaScript before the first story text (gzip, ${size.files.length} file(s))`, kb(size.initial), '≤ 80 KB', size.initial <= 80 * 1024);
  row('all JavaScript (gzip)', kb(size.all), '≤ 450 KB', size.all <= 450 * 1024);

  await build({ root, logLevel: 'silent', base: './', build: { outDir: benchDist, emptyOutDir: true, rollupOptions: { input: join(root, 'scripts/bench/bare.html') } } });
  const game = await serve(dist);
  const bare = await serve(benchDist);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS });
  const gameTimes = [];
  const bareTimes = [];
  let transitions = [];
  let canvasTransitions = [];
  let heap = null;
  try {
    for (let run = 0; run < RUNS; run += 1) {
      gameTimes.push(await firstText(browser, game.url, true));
      bareTimes.push(await firstText(browser, `${bare.url}scripts/bench/bare.html`, false));
    }
    transitions = await sceneTransitions(browser, game.url);
    // Without a GPU, WebGL is drawn in software and its frames are dear; the stage also runs on Canvas.
    const canvasBrowser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: [...ARGS, '--disable-webgl'] });
    try {
      canvasTransitions = await sceneTransitions(canvasBrowser, game.url);
    } finally {
      await canvasBrowser.close();
    }
    heap = await heapGrowth(browser, game.url);
  } finally {
    await browser.close();
    await game.close();
    await bare.close();
    rmSync(benchDist, { recursive: true, force: true });
  }
  const gameMs = median(gameTimes);
  const bareMs = median(bareTimes);
  row('first story text, cold, 4× CPU slow-down', `${gameMs.toFixed(0)} ms`, '≤ 1500 ms', gameMs <= 1500);
  console.log(`      (the game: Begin ready at ${median(parts.map((p) => p.ready)).toFixed(0)} ms, first text ${median(parts.map((p) => p.render)).toFixed(0)} ms after the click)`);
  row('  … against a bare inkjs page with the same story', `${(gameMs / bareMs).toFixed(2)}×`, `≤ 1.5× (bare: ${bareMs.toFixed(0)} ms)`, gameMs <= 1.5 * bareMs);
  for (const [renderer, list] of [['WebGL', transitions], ['Canvas', canvasTransitions]]) {
    const worst = (key) => list.reduce((max, t) => Math.max(max, t[key]), 0);
    row(`longest main-thread task in a scene transition, ${renderer} (${list.length})`, `${worst('longest').toFixed(0)} ms`, '< 50 ms (aim)', list.length > 0 && worst('longest') < 50);
    row('  … of it the stage’s own script (timers and frames)', `${worst('stage').toFixed(0)} ms`, '< 50 ms (aim)', worst('stage') < 50);
    console.log(`      (the story's click handler: up to ${worst('click').toFixed(0)} ms; the compositor's commit of a frame: up to ${worst('commit').toFixed(0)} ms)`);
    for (const t of list) {
      console.log(`      ${t.from} → ${t.to}: longest ${t.longest.toFixed(0)} ms, stage script ${t.stage.toFixed(0)}, click ${t.click.toFixed(0)}, commit ${t.commit.toFixed(0)}`);
    }
  }
  if (heap) {
    const growth = heap.ten / heap.one - 1;
    row('heap after ten playthroughs against after one', `${(growth * 100).toFixed(1)} %`, '≤ 20 %', growth <= 0.2);
    console.log(`      (after one: ${kb(heap.one)}, after ten: ${kb(heap.ten)})`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
