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
  try {
    for (let run = 0; run < RUNS; run += 1) {
      gameTimes.push(await firstText(browser, game.url, true));
      bareTimes.push(await firstText(browser, `${bare.url}scripts/bench/bare.html`, false));
    }
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
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
